import { officer, owner, sampleDeadline, sampleProfile, sampleTemplate, run, approveStage, refusal } from '../../test/project-fixtures';
import { DecideTask } from './project-commands';
import { decide, stageAwaitingOpening } from './decide';
import { CURRENT_RULES } from './decision-rules';
import { ProjectState, openTasks } from './project-state';

const at = '2026-01-05T02:00:00.000Z';


function registered(): ProjectState {
  const state = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template: sampleTemplate(), at });
  return run(state, { type: 'OpenNextStage', deadline: sampleDeadline, at });
}

function decision(state: ProjectState, taskKey: string, decision: DecideTask['decision'], comment = ''): DecideTask {
  const task = openTasks(state).find((candidate) => candidate.key === taskKey)!;
  return { type: 'DecideTask', taskId: task.id, decision, comment, actor: officer(task.department), at };
}


describe('a key project walking its six stages', () => {
  it('opens 规划选址 first and assigns its task to the department', () => {
    const state = registered();
    expect(state.currentStage).toBe('siting');
    expect(openTasks(state)).toEqual([expect.objectContaining({ id: `${state.code}.siting.main`, department: 'development-reform', status: 'pending' })]);
    expect(state.version).toBe(3);
  });

  it('completes after the last task of 竣工 is approved', () => {
    let state = registered();
    for (let stage = 0; stage < 6; stage += 1) state = approveStage(state, at);
    expect(state.status).toBe('completed');
    expect(state.stages.map((stage) => stage.closedAt)).toEqual(Array(6).fill(at));
    expect(state.currentStage).toBeUndefined();
  });

  it('keeps a stage with parallel tasks open until every task is approved', () => {
    let state = approveStage(approveStage(registered(), at), at);
    expect(state.currentStage).toBe('environmental-assessment');
    state = run(state, decision(state, 'eia', 'approve'));
    expect(state.currentStage).toBe('environmental-assessment');
    expect(stageAwaitingOpening(state)).toBeUndefined();
    state = run(state, decision(state, 'safety', 'approve'));
    expect(state.currentStage).toBeUndefined();
    expect(stageAwaitingOpening(state)?.stage).toBe('approval');
  });

  it('sends a returned task to the owner and back to the department on resubmission', () => {
    let state = registered();
    const [task] = openTasks(state);
    state = run(state, decision(state, 'main', 'return', '缺少用地红线图'));
    expect(openTasks(state)[0]).toMatchObject({ status: 'returned', lastComment: '缺少用地红线图' });
    state = run(state, { type: 'ResubmitTask', taskId: task.id, comment: '已补正', actor: owner, at });
    expect(openTasks(state)[0].status).toBe('pending');
    state = run(state, decision(state, 'main', 'approve'));
    expect(state.stages[0].closedAt).toBe(at);
  });

  it('ends the project as refused, with the reason on record', () => {
    const state = run(registered(), decision(registered(), 'main', 'refuse', '不符合国土空间规划'));
    expect(state.status).toBe('refused');
    expect(state.refusal).toMatchObject({ department: 'development-reform', reason: '不符合国土空间规划' });
    expect(refusal(() => decide(state, { type: 'OpenNextStage', deadline: sampleDeadline, at })).details.kind).toBe('conflict');
  });
});

describe('refused commands', () => {
  it('refuses a decision from another department', () => {
    const state = registered();
    const command = { ...decision(state, 'main', 'approve'), actor: officer('ecology-environment') };
    expect(refusal(() => decide(state, command)).details.kind).toBe('forbidden');
  });

  it('refuses a second decision on a decided task', () => {
    const state = run(registered(), decision(registered(), 'main', 'return', '补充材料'));
    expect(refusal(() => decide(state, decision(registered(), 'main', 'approve'))).details).toMatchObject({ kind: 'conflict', field: 'taskId' });
  });

  it('requires a reason to return or refuse', () => {
    const state = registered();
    expect(refusal(() => decide(state, decision(state, 'main', 'refuse', '  '))).details).toMatchObject({ kind: 'invalid', field: 'comment' });
  });

  it('refuses an unknown task and a second registration', () => {
    const state = registered();
    const unknown = { ...decision(state, 'main', 'approve'), taskId: `${state.code}.siting.nothing` };
    expect(refusal(() => decide(state, unknown)).details.kind).toBe('not-found');
    const again = { type: 'RegisterProject' as const, profile: sampleProfile(), template: sampleTemplate(), at };
    expect(refusal(() => decide(state, again)).details.kind).toBe('conflict');
  });

  it('lets only the owner unit or the office resubmit', () => {
    const state = run(registered(), decision(registered(), 'main', 'return', '补充材料'));
    const taskId = openTasks(state)[0].id;
    const stranger = { ...owner, ownerUnit: 'someone-else' } as typeof owner;
    expect(refusal(() => decide(state, { type: 'ResubmitTask', taskId, comment: '', actor: stranger, at })).details.kind).toBe('forbidden');
  });
});

describe('月报制度: the owner reports each month’s investment completed', () => {
  const report = (month: string, amount: number, actor = owner) => ({ type: 'ReportInvestment' as const, month, amount, note: '', actor, at });

  it('records a month’s figure, a later report of it as a correction of the figure it replaces, and the same figure again not at all', () => {
    const first = registered();
    expect(decide(first, report('2026-01', 1200))).toEqual([
      { type: 'InvestmentReported', data: { month: '2026-01', amount: 1200, previousAmount: null, note: '', reportedAt: at } },
    ]);
    const reported = run(run(first, report('2025-12', 300)), report('2026-01', 1200));
    expect(reported.investmentByMonth).toEqual({ '2025-12': 300, '2026-01': 1200 });
    expect(decide(reported, report('2026-01', 1500))[0].data).toMatchObject({ amount: 1500, previousAmount: 1200 });
    expect(decide(reported, report('2026-01', 1200))).toEqual([]);
  });

  it('takes reports from the project’s owner unit or the office, and no one else', () => {
    const state = registered();
    const office = { kind: 'user', userId: 'u-office', username: 'office', role: 'office' } as const;
    expect(decide(state, report('2026-01', 10, office))).toHaveLength(1);
    const stranger = { ...owner, ownerUnit: 'someone-else' } as typeof owner;
    expect(refusal(() => decide(state, report('2026-01', 10, stranger))).details.kind).toBe('forbidden');
    expect(refusal(() => decide(state, report('2026-01', 10, officer('natural-resources')))).details.kind).toBe('forbidden');
  });

  it.each([
    ['2026-1', 10, 'month'],
    ['2026-02', 10, 'month'],
    ['2026-01', -1, 'amount'],
    ['2026-01', Number.NaN, 'amount'],
  ])('refuses month %s with %d 万元, naming %s', (month, amount, field) => {
    expect(refusal(() => decide(registered(), report(month, amount))).details).toMatchObject({ kind: 'invalid', field });
  });

  it('takes a month of up to the whole total investment, and refuses more as a figure in the wrong unit', () => {
    const state = registered();
    const total = state.profile.totalInvestment;
    expect(decide(state, report('2026-01', total))).toHaveLength(1);
    const tooMuch = refusal(() => decide(state, report('2026-01', total * 10_000)));
    expect(tooMuch.details).toMatchObject({ kind: 'invalid', field: 'amount' });
    expect(tooMuch.message).toContain(`total investment of ${total} 万元`);
  });

  it('records such a month where a run of older workflow code replays it', () => {
    const state = registered();
    expect(decide(state, report('2026-01', state.profile.totalInvestment + 1), { ...CURRENT_RULES, investmentWithinTotal: false })).toHaveLength(1);
  });
});
