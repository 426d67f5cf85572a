/** Roles of the people in DOMAIN.md ("The people"); `system` acts for rules and timers. */
export const ROLES = ['office', 'department-officer', 'county-leader', 'owner', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UserActor {
  kind: 'user';
  userId: string;
  username: string;
  role: Role;
  /** The department an officer stands for. */
  department?: string;
  /** The county leader this account belongs to. */
  leader?: string;
  /** The owner unit an owner account stands for. */
  ownerUnit?: string;
}

export interface SystemActor {
  kind: 'system';
  /** The rule or timer that acted, e.g. `stage-clock:red`. */
  rule: string;
}

export type Actor = UserActor | SystemActor;

export function systemActor(rule: string): SystemActor {
  return { kind: 'system', rule };
}

/** A member of the leading-group office: who registers projects, sets their templates and plans, and acts for owners. */
export function isOffice(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'office';
}

export function describeActor(actor: Actor): string {
  return actor.kind === 'system' ? `system:${actor.rule}` : `${actor.username} (${actor.role})`;
}
