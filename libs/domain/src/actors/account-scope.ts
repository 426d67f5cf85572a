import { FieldProblem } from '../errors';
import { Role } from './actor';

export const SCOPE_FIELDS = ['department', 'leader', 'ownerUnit'] as const;
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/** What an account of each role stands for (DOMAIN.md, "The people"); the other roles act county-wide. */
export const ROLE_SCOPE: Record<Role, ScopeField | undefined> = {
  office: undefined,
  'department-officer': 'department',
  'county-leader': 'leader',
  owner: 'ownerUnit',
  operator: undefined,
  admin: undefined,
};

export type AccountScope = { role: Role } & Partial<Record<ScopeField, string>>;

/**
 * An account names exactly the reference its role stands for: an officer without a department
 * would see every department's tasks, and an office account with one would look narrower than it is.
 */
export function accountScopeProblems(account: AccountScope): FieldProblem[] {
  const needed = ROLE_SCOPE[account.role];
  return SCOPE_FIELDS.flatMap((field): FieldProblem[] => {
    const given = account[field] !== undefined;
    if (field === needed && !given) return [{ field, reason: `is required for role ${account.role}` }];
    if (field !== needed && given) return [{ field, reason: `must be empty for role ${account.role}` }];
    return [];
  });
}
