import { ROLES } from './actor';
import { ROLE_SCOPE, accountScopeProblems } from './account-scope';

describe('the reference an account stands for', () => {
  it('accepts each role with exactly the reference it needs', () => {
    expect(accountScopeProblems({ role: 'department-officer', department: 'natural-resources' })).toEqual([]);
    expect(accountScopeProblems({ role: 'county-leader', leader: 'leader-wang' })).toEqual([]);
    expect(accountScopeProblems({ role: 'owner', ownerUnit: 'xinneng-energy' })).toEqual([]);
    for (const role of ['office', 'operator', 'admin'] as const) expect(accountScopeProblems({ role })).toEqual([]);
  });

  it.each(ROLES.filter((role) => ROLE_SCOPE[role]))('requires the reference of a %s', (role) => {
    expect(accountScopeProblems({ role })).toEqual([{ field: ROLE_SCOPE[role], reason: `is required for role ${role}` }]);
  });

  it('refuses a reference the role does not stand for, naming the field', () => {
    expect(accountScopeProblems({ role: 'office', department: 'natural-resources' })).toEqual([
      { field: 'department', reason: 'must be empty for role office' },
    ]);
    expect(accountScopeProblems({ role: 'owner', ownerUnit: 'xinneng-energy', leader: 'leader-wang' })).toEqual([
      { field: 'leader', reason: 'must be empty for role owner' },
    ]);
  });
});
