import { DomainError, Role, UserActor } from '@keystone/domain';
import { ScopedFilters, VisibilityPolicy } from './visibility.policy';

const policy = new VisibilityPolicy();
const actor = (role: Role, scope: Partial<UserActor> = {}): UserActor => ({ kind: 'user', userId: 'u', username: `a-${role}`, role, ...scope });
const owner = actor('owner', { ownerUnit: 'county-investment-group' });
const officer = actor('department-officer', { department: 'natural-resources' });
const page: ScopedFilters & { limit: number; offset: number; township?: string } = { limit: 100, offset: 0 };

function refusal(fn: () => unknown): DomainError['details'] | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainError).details;
  }
}

describe('what each role may see', () => {
  it('narrows an owner’s board and tasks to its own unit', () => {
    expect(policy.projectFilters(owner, { ...page, township: 'dongcheng' })).toEqual({ ...page, township: 'dongcheng', ownerUnit: 'county-investment-group' });
    expect(policy.taskFilters(owner, page)).toEqual({ ...page, ownerUnit: 'county-investment-group' });
  });

  it('narrows an officer’s tasks to the department, but not the board', () => {
    expect(policy.taskFilters(officer, page)).toEqual({ ...page, department: 'natural-resources' });
    expect(policy.projectFilters(officer, page)).toEqual(page);
  });

  it.each(['office', 'county-leader', 'operator', 'admin'] as const)('leaves the %s’s filters as asked', (role) => {
    const filters = { ...page, department: 'ecology-environment', ownerUnit: 'xinneng-energy' };
    expect(policy.taskFilters(actor(role), filters)).toEqual(filters);
    expect(policy.projectFilters(actor(role), filters)).toEqual(filters);
  });

  it('refuses a filter outside the actor’s own scope', () => {
    expect(refusal(() => policy.taskFilters(officer, { ...page, department: 'ecology-environment' }))).toMatchObject({ kind: 'forbidden' });
    expect(refusal(() => policy.projectFilters(owner, { ...page, ownerUnit: 'xinneng-energy' }))).toMatchObject({ kind: 'forbidden' });
  });

  it('fails closed for an account missing the reference its role stands for', () => {
    expect(refusal(() => policy.taskFilters(actor('department-officer'), page))).toMatchObject({ kind: 'forbidden' });
    expect(refusal(() => policy.projectFilters(actor('owner'), page))).toMatchObject({ kind: 'forbidden' });
  });

  it('shows an owner a single project only when it is the owner’s', () => {
    const project = { code: '2026-341521-48-01-000123', profile: { ownerUnit: 'county-investment-group' } };
    expect(policy.visibleProject(owner, project)).toBe(project);
    expect(refusal(() => policy.visibleProject(actor('owner', { ownerUnit: 'xinneng-energy' }), project))).toMatchObject({ kind: 'forbidden' });
    expect(policy.visibleProject(officer, project)).toBe(project);
  });
});
