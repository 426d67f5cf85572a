import { UserActor } from '../actors';
import { approveStage, officer, owner, run, sampleDeadline, sampleProfile, sampleTemplate, refusal } from '../../test/project-fixtures';
import { YELLOWS_IN_A_ROW_RULE, fallbackYearsUpTo, stageClockAdjustment } from './clock-rules';
import { CURRENT_RULES } from './decision-rules';
import { decide } from './decide';
import { evolve } from './evolve';
import { ProjectState, openTasks } from './project-state';
import { StageDeadline } from './stage-deadline';

const at = '2026-01-05T02:00:00.000Z';
const later = '2026-01-30T02:00:00.000Z';
const leader: UserActor = { kind: 'user', userId: 'u-wang', username: 'leader-wang', role: 'county-leader', leader: 'leader-wang' };


function opened(deadline: StageDeadline = sampleDeadline): ProjectState {
  const registered = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template: sampleTemplate(), at });
  return run(registered, { type: 'OpenNextStage', deadline, at });
}

describe('两黄变红: a second yellow in a row is raised as red', () => {
  const nextDeadline: StageDeadline = { ...sampleDeadline, warnAt: '2026-02-05T16:00:00.000Z', dueAt: '2026-02-10T16:00:00.000Z', secondLevelAt: '2026-02-17T16:00:00.000Z' };
  const warn = (state: ProjectState, clockId: string, due: string) => decide(state, { type: 'RaiseAlert', clockId, level: 'yellow', at: due });
  /** 规划选址 warned, then approved before its limit: 用地预审 opens on `nextDeadline`. */
  const warnedThenApproved = () => approveStage(run(opened(), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'yellow', at: sampleDeadline.warnAt }), later, nextDeadline);

  it("turns the next stage's warning red, to the leader and the departments, and sends no second red at the limit", () => {
    const state = warnedThenApproved();
    const [event] = warn(state, 'stage-land-pre-review', nextDeadline.warnAt);
    expect(event).toMatchObject({
      type: 'EscalationRaised',
      data: {
        alertId: `${state.code}.stage-land-pre-review.red.1`,
        level: 'red',
        inPlaceOf: 'yellow',
        recipients: [{ kind: 'leader', code: 'leader-wang' }, { kind: 'department', code: 'development-reform' }],
        explanation: { rule: YELLOWS_IN_A_ROW_RULE, dueAt: nextDeadline.dueAt, summary: expect.stringContaining(`连续第二次预警（上次：规划选址阶段 ${sampleDeadline.warnAt}）`) },
      },
    });
    const turned = evolve(state, event);
    expect(turned.clocks.find((clock) => clock.id === 'stage-land-pre-review')?.fired).toEqual(['yellow', 'red']);
    expect(refusal(() => decide(turned, { type: 'RaiseAlert', clockId: 'stage-land-pre-review', level: 'red', at: nextDeadline.dueAt })).details.kind).toBe('conflict');
    expect(decide(turned, { type: 'RaiseAlert', clockId: 'stage-land-pre-review', level: 'second-level', at: nextDeadline.secondLevelAt })[0]).toMatchObject({ data: { level: 'second-level' } });
  });

  it('turns red the warning of a stage re-armed by an extension after its first warning', () => {
    const warned = run(opened(), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'yellow', at: sampleDeadline.warnAt });
    const extended = run(warned, { type: 'ExtendDeadline', alertId: warned.alerts[0].id, workingDays: 5, reason: '等待专家意见', actor: leader, at: later });
    const rearmed = run(extended, { type: 'RestartStageClock', restartedAt: later, deadline: nextDeadline, at: later });
    expect(warn(rearmed, 'stage-siting', nextDeadline.warnAt)[0]).toMatchObject({ type: 'EscalationRaised', data: { alertId: `${rearmed.code}.stage-siting.red.2`, inPlaceOf: 'yellow' } });
  });

  it('starts counting again after a red, or after a stage finished without a warning', () => {
    const overdue = run(run(opened(), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'yellow', at: sampleDeadline.warnAt }), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'red', at: sampleDeadline.dueAt });
    expect(warn(approveStage(overdue, later, nextDeadline), 'stage-land-pre-review', nextDeadline.warnAt)[0]).toMatchObject({ type: 'WarningRaised', data: { level: 'yellow' } });
    const cleanBetween = approveStage(warnedThenApproved(), later, nextDeadline);
    expect(warn(cleanBetween, 'stage-environmental-assessment', nextDeadline.warnAt)[0]).toMatchObject({ type: 'WarningRaised', data: { level: 'yellow' } });
  });

  it('keeps the second yellow yellow for a run that recorded its history before the rule', () => {
    const [event] = decide(warnedThenApproved(), { type: 'RaiseAlert', clockId: 'stage-land-pre-review', level: 'yellow', at: nextDeadline.warnAt }, { ...CURRENT_RULES, yellowsInARowTurnRed: false });
    expect(event).toMatchObject({ type: 'WarningRaised', data: { level: 'yellow' } });
    expect(event.data).not.toHaveProperty('inPlaceOf');
  });
});

describe('the escalation ladder of a stage clock', () => {
  it('raises yellow to the department, red to the leader and the second level to the office, each once', () => {
    let state = opened();
    const levels = [
      ['yellow', sampleDeadline.warnAt, [{ kind: 'department', code: 'development-reform' }]],
      ['red', sampleDeadline.dueAt, [{ kind: 'leader', code: 'leader-wang' }]],
      ['second-level', sampleDeadline.secondLevelAt, [{ kind: 'office' }]],
    ] as const;
    for (const [level, due, recipients] of levels) {
      const [event] = decide(state, { type: 'RaiseAlert', clockId: 'stage-siting', level, at: due });
      // Whichever level fires, the alert names the limit itself, not the instant the level fell due.
      const explanation = { dueAt: sampleDeadline.dueAt, summary: expect.stringContaining(`限办 ${sampleDeadline.dueAt}`) };
      expect(event).toMatchObject({ type: level === 'yellow' ? 'WarningRaised' : 'EscalationRaised', data: { level, recipients, explanation } });
      state = evolve(state, event);
      expect(refusal(() => decide(state, { type: 'RaiseAlert', clockId: 'stage-siting', level, at: later })).details.kind).toBe('conflict');
    }
    expect(state.alerts.map((alert) => alert.id)).toEqual([
      `${state.code}.stage-siting.yellow.1`,
      `${state.code}.stage-siting.red.1`,
      `${state.code}.stage-siting.second-level.1`,
    ]);
  });

  it('refuses a level before its instant', () => {
    expect(refusal(() => decide(opened(), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'red', at })).details.kind).toBe('conflict');
  });

  it('says when a deadline crossed a year without an official schedule', () => {
    const state = opened({ ...sampleDeadline, fallbackYears: [2027] });
    const [event] = decide(state, { type: 'RaiseAlert', clockId: 'stage-siting', level: 'red', at: later });
    expect(event.type === 'EscalationRaised' && event.data.explanation).toMatchObject({ fallbackYears: [2027], summary: expect.stringContaining('2027年节假日安排尚未发布') });
  });

  it('counts a year without an official schedule against a limit only up to the limit’s last day', () => {
    expect(fallbackYearsUpTo([2027], '2026-12-29T16:00:00.000Z')).toEqual([]);
    // Due at the end of 31 December: the last day is in 2026 still.
    expect(fallbackYearsUpTo([2027], '2026-12-31T16:00:00.000Z')).toEqual([]);
    expect(fallbackYearsUpTo([2027, 2028], '2027-01-12T16:00:00.000Z')).toEqual([2027]);
  });

  it('stops the clock when the only task is returned and plans it again on resubmission', () => {
    const state = opened();
    const [task] = openTasks(state);
    const returned = run(state, { type: 'DecideTask', taskId: task.id, decision: 'return', comment: '补充材料', actor: officer(task.department), at: later });
    expect(stageClockAdjustment(returned)).toEqual({ kind: 'stop', since: at, reason: '退回补正期间不计时' });
    const stopped = run(returned, { type: 'StopStageClock', used: 3, reason: '退回补正期间不计时', at: later });
    expect(stopped.stages[0]).toMatchObject({ used: 3, runningSince: undefined });
    expect(stopped.clocks[0].instants).toBeUndefined();
    const resubmitted = run(stopped, { type: 'ResubmitTask', taskId: task.id, comment: '已补正', actor: owner, at: later });
    expect(stageClockAdjustment(resubmitted)).toEqual({ kind: 'plan', segmentStart: undefined });
  });

  it('re-arms every level from the new deadline when the leader extends it', () => {
    let state = opened();
    state = run(state, { type: 'RaiseAlert', clockId: 'stage-siting', level: 'red', at: sampleDeadline.dueAt });
    const alertId = state.alerts[0].id;
    state = run(state, { type: 'ExtendDeadline', alertId, workingDays: 5, reason: '等待专家意见', actor: leader, at: later });
    expect(state.clocks[0]).toMatchObject({ fired: [], generation: 2, instants: undefined });
    expect(state.stages[0].extensionWorkingDays).toBe(5);
    expect(stageClockAdjustment(state)).toEqual({ kind: 'plan', segmentStart: at });
  });

  it('lets only the assigned leader or the office act on an alert', () => {
    const state = run(opened(), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'red', at: sampleDeadline.dueAt });
    const stranger: UserActor = { ...leader, username: 'leader-li', leader: 'leader-li' };
    const alertId = state.alerts[0].id;
    expect(refusal(() => decide(state, { type: 'AcknowledgeAlert', alertId, actor: stranger, at: later })).details.kind).toBe('forbidden');
    expect(refusal(() => decide(state, { type: 'AcknowledgeAlert', alertId, actor: officer('development-reform'), at: later })).details.kind).toBe('forbidden');
    const acknowledged = run(state, { type: 'AcknowledgeAlert', alertId, actor: leader, at: later });
    expect(acknowledged.alerts[0].status).toBe('acknowledged');
    expect(refusal(() => decide(acknowledged, { type: 'AcknowledgeAlert', alertId, actor: leader, at: later })).details.kind).toBe('conflict');
  });

  it('records which alert a reassignment answered, and refuses an alert the project never raised', () => {
    const state = run(opened(), { type: 'RaiseAlert', clockId: 'stage-siting', level: 'red', at: sampleDeadline.dueAt });
    const [task] = openTasks(state);
    const reassign = (alertId: string) => ({ type: 'ReassignTask' as const, alertId, taskId: task.id, department: 'natural-resources', reason: '职责调整', actor: leader, at: later });
    const [event] = decide(state, reassign(state.alerts[0].id));
    expect(event).toMatchObject({ type: 'TaskReassigned', data: { taskId: task.id, toDepartment: 'natural-resources', alertId: state.alerts[0].id } });
    expect(refusal(() => decide(state, reassign(`${state.code}.stage-siting.red.9`))).details).toMatchObject({ kind: 'not-found', field: 'alertId' });
  });

  it('stops the stage clock during a suspension, which escalates past its expected end', () => {
    const planned = { instants: { red: '2026-02-01T16:00:00.000Z', 'second-level': '2026-02-06T16:00:00.000Z' }, calendarVersion: 'v1' };
    const suspended = run(opened(), { type: 'SuspendProject', reason: '等待用地指标', expectedEnd: '2026-02-01', planned, actor: leader, at: later });
    expect(stageClockAdjustment(suspended)).toMatchObject({ kind: 'stop', reason: '项目暂停：等待用地指标' });
    const [event] = decide(suspended, { type: 'RaiseAlert', clockId: 'suspension-1', level: 'red', at: '2026-02-02T00:00:00.000Z' });
    expect(event).toMatchObject({ data: { recipients: [{ kind: 'leader', code: 'leader-wang' }], subject: { kind: 'suspension' } } });
    const resumed = run(suspended, { type: 'ResumeProject', note: '', actor: leader, at: later });
    expect(resumed.clocks.map((clock) => clock.id)).toEqual(['stage-siting']);
  });

  it('stops the clock during a special procedure started and ended by the department', () => {
    const state = opened();
    const [task] = openTasks(state);
    const actor = officer(task.department);
    const started = run(state, { type: 'StartSpecialProcedure', taskId: task.id, procedure: 'expert-review', reason: '组织专家评审', actor, at: later });
    expect(stageClockAdjustment(started)).toMatchObject({ kind: 'stop', reason: expect.stringContaining('特殊程序') });
    expect(refusal(() => decide(started, { type: 'StartSpecialProcedure', taskId: task.id, procedure: 'hearing', reason: '听证', actor, at: later })).details.kind).toBe('conflict');
    const ended = run(started, { type: 'EndSpecialProcedure', taskId: task.id, reason: '评审结束', actor, at: later });
    expect(openTasks(ended)[0].specialProcedure).toBeUndefined();
  });
});
