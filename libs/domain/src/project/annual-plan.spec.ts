import { officer, owner, refusal, run, sampleProfile, sampleTemplate } from '../../test/project-fixtures';
import type { UserActor } from '../actors';
import { decide } from './decide';
import { ProjectState } from './project-state';

const at = '2026-01-05T02:00:00.000Z';
const office: UserActor = { kind: 'user', userId: 'u-office', username: 'office', role: 'office' };
const registered = (): ProjectState => run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template: sampleTemplate(), at });
const plan = (year: number, amount: number, actor: UserActor = office) => ({ type: 'PlanAnnualInvestment' as const, year, amount, note: '年度计划', actor, at });

describe('年度计划投资: the office sets what a project is to invest in a year', () => {
  it('records the plan, and a later one for the same year with the figure it replaces', () => {
    const planned = run(registered(), plan(2026, 8000));
    expect(planned.annualPlans).toEqual({ 2026: 8000 });
    const [revised] = decide(planned, plan(2026, 9000));
    expect(revised).toEqual({ type: 'AnnualInvestmentPlanned', data: { year: 2026, amount: 9000, previousAmount: 8000, note: '年度计划', plannedAt: at } });
    expect(run(run(planned, plan(2026, 9000)), plan(2027, 3000)).annualPlans).toEqual({ 2026: 9000, 2027: 3000 });
  });

  it('records nothing for the same figure again', () => {
    expect(decide(run(registered(), plan(2026, 8000)), plan(2026, 8000))).toEqual([]);
  });

  it('is refused to anyone but the office, and for a year or figure that cannot be, naming the field', () => {
    expect(refusal(() => decide(registered(), plan(2026, 100, owner as UserActor))).details.kind).toBe('forbidden');
    expect(refusal(() => decide(registered(), plan(2026, 100, officer('natural-resources')))).details.kind).toBe('forbidden');
    expect(refusal(() => decide(registered(), plan(1999, 100))).details).toMatchObject({ kind: 'invalid', field: 'year' });
    expect(refusal(() => decide(registered(), plan(2026, -1))).details).toMatchObject({ kind: 'invalid', field: 'amount' });
    const total = sampleProfile().totalInvestment;
    expect(refusal(() => decide(registered(), plan(2026, total + 1))).details).toMatchObject({ kind: 'invalid', field: 'amount' });
  });
});
