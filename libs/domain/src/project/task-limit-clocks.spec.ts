import { DomainError } from '../errors';
import { UserActor } from '../actors';
import { officer, sampleDeadline, sampleProfile, sampleTemplate, run } from '../../test/project-fixtures';
import { runningTaskClocks, stageClockAdjustment, taskClockAdjustment } from './clock-rules';
import { decide } from './decide';
import { evolve } from './evolve';
import { ProjectCommand } from './project-commands';
import { ProjectState, openTasks } from './project-state';
import { StageDeadline } from './stage-deadline';

const at = '2026-01-05T02:00:00.000Z';
const later = '2026-01-08T02:00:00.000Z';
const leader: UserActor = { kind: 'user', userId: 'u-wang', username: 'leader-wang', role: 'county-leader', leader: 'leader-wang' };

/** A promise of 2 working days beside a statutory 20, as a county publishes for a planning permit. */
const promisedDeadline: StageDeadline = { ...sampleDeadline, warnAt: '2026-01-05T16:00:00.000Z', dueAt: '2026-01-06T16:00:00.000Z', secondLevelAt: '2026-01-13T16:00:00.000Z' };
const statutoryDeadline: StageDeadline = { ...sampleDeadline, dueAt: '2026-02-02T16:00:00.000Z' };


function openedWithLimits(planned: Pick<Extract<ProjectCommand, { type: 'OpenNextStage' }>, 'statutoryDeadlines' | 'promisedDeadlines'>): ProjectState {
  const template = sampleTemplate();
  template.stages[0].tasks = [{ key: 'main', name: '建设用地规划许可', department: 'natural-resources', statutoryLimit: { workingDays: 20 }, promisedLimit: { workingDays: 2 } }];
  const registered = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template, at });
  return run(registered, { type: 'OpenNextStage', deadline: sampleDeadline, at, ...planned });
}

const promisedClockId = 'promised-siting-main';

describe('a task’s promised limit (承诺时限)', () => {
  it('runs its own clock with the whole ladder beside the statutory one and the stage’s', () => {
    const state = openedWithLimits({ statutoryDeadlines: { main: statutoryDeadline }, promisedDeadlines: { main: promisedDeadline } });
    const byId = Object.fromEntries(state.clocks.map((clock) => [clock.id, clock.instants]));
    expect(byId[promisedClockId]).toEqual({ yellow: promisedDeadline.warnAt, red: promisedDeadline.dueAt, 'second-level': promisedDeadline.secondLevelAt });
    expect(byId['statutory-siting-main']).toEqual({ red: statutoryDeadline.dueAt });
    expect(byId['stage-siting']).toMatchObject({ red: sampleDeadline.dueAt });
    expect(openTasks(state)[0].promised).toEqual({ limit: { workingDays: 2 }, used: 0, runningSince: at, deadline: promisedDeadline });
  });

  it('has no clock in a run whose workflow planned none (recorded before promised clocks)', () => {
    const state = openedWithLimits({ statutoryDeadlines: { main: statutoryDeadline } });
    expect(state.clocks.map((clock) => clock.id)).toEqual(['stage-siting', 'statutory-siting-main']);
    expect(openTasks(state)[0].promised).toBeUndefined();
  });

  it('warns the department, then reaches the assigned leader and the office, while the stage is still on time', () => {
    let state = openedWithLimits({ promisedDeadlines: { main: promisedDeadline } });
    const expected = [
      ['yellow', promisedDeadline.warnAt, [{ kind: 'department', code: 'natural-resources' }], '临近承诺时限'],
      ['red', promisedDeadline.dueAt, [{ kind: 'leader', code: 'leader-wang' }, { kind: 'department', code: 'natural-resources' }], '已超过承诺时限'],
      ['second-level', promisedDeadline.secondLevelAt, [{ kind: 'office' }], '提请集体协调'],
    ] as const;
    for (const [level, due, recipients, words] of expected) {
      const [event] = decide(state, { type: 'RaiseAlert', clockId: promisedClockId, level, at: due });
      expect(event.data).toMatchObject({ level, recipients, subject: { kind: 'promised', taskId: openTasks(state)[0].id } });
      expect(event.type !== 'ProjectRegistered' && 'explanation' in event.data && event.data.explanation.summary).toContain(words);
      state = evolve(state, event);
    }
    expect(state.clocks.find((clock) => clock.id === 'stage-siting')!.fired).toEqual([]);
  });

  it('stops while the task is returned and plans again on resubmission with the time used', () => {
    const state = openedWithLimits({ statutoryDeadlines: { main: statutoryDeadline }, promisedDeadlines: { main: promisedDeadline } });
    const [task] = openTasks(state);
    const returned = run(state, { type: 'DecideTask', taskId: task.id, decision: 'return', comment: '补充材料', actor: officer(task.department), at: later });
    expect(taskClockAdjustment(returned, ['statutory'])).toMatchObject({ kind: 'stop', limit: 'statutory', since: at });
    expect(taskClockAdjustment(returned, ['promised'])).toMatchObject({ kind: 'stop', limit: 'promised', since: at });
    const stopped = run(returned, { type: 'StopTaskClock', limit: 'promised', taskId: task.id, used: 1, at: later });
    expect(openTasks(stopped)[0].promised).toMatchObject({ used: 1, runningSince: undefined });
    expect(stopped.clocks.find((clock) => clock.id === promisedClockId)!.instants).toBeUndefined();
    expect(stopped.clocks.find((clock) => clock.id === 'statutory-siting-main')!.instants).toBeDefined();
    const restarted = run(stopped, { type: 'RestartTaskClock', limit: 'promised', taskId: task.id, deadline: promisedDeadline, restartedAt: later, at: later });
    expect(openTasks(restarted)[0].promised).toMatchObject({ used: 1, runningSince: later });
  });

  it('lets the leader extend a broken promise: only that task’s clock re-arms, the stage keeps its own', () => {
    let state = openedWithLimits({ promisedDeadlines: { main: promisedDeadline } });
    state = run(state, { type: 'RaiseAlert', clockId: promisedClockId, level: 'red', at: promisedDeadline.dueAt });
    const [alert] = state.alerts;
    state = run(state, { type: 'ExtendDeadline', alertId: alert.id, workingDays: 3, reason: '申请人补充现场踏勘', actor: leader, at: later });
    expect(state.clocks.find((clock) => clock.id === promisedClockId)).toMatchObject({ fired: [], generation: 2, instants: undefined });
    expect(openTasks(state)[0].promised!.extensionWorkingDays).toBe(3);
    expect(state.stages[0].extensionWorkingDays).toBe(0);
    expect(stageClockAdjustment(state)).toBeUndefined();
    expect(taskClockAdjustment(state, ['promised'])).toMatchObject({ kind: 'plan', limit: 'promised', segmentStart: at });
  });

  it('closes with its task: approval leaves no task clock behind', () => {
    const state = openedWithLimits({ statutoryDeadlines: { main: statutoryDeadline }, promisedDeadlines: { main: promisedDeadline } });
    const [task] = openTasks(state);
    const approved = run(state, { type: 'DecideTask', taskId: task.id, decision: 'approve', comment: '', actor: officer(task.department), at: later });
    expect(approved.clocks.some((clock) => clock.id.endsWith('-main') && clock.id !== 'stage-siting')).toBe(false);
  });

  it('moves a running promise on a corrected calendar, keeping what already fired, and records why', () => {
    let state = openedWithLimits({ promisedDeadlines: { main: promisedDeadline } });
    state = run(state, { type: 'RaiseAlert', clockId: promisedClockId, level: 'yellow', at: promisedDeadline.warnAt });
    const [task] = openTasks(state);
    const corrected = { ...promisedDeadline, dueAt: '2026-01-07T16:00:00.000Z', calendarVersion: 'corrected' };
    expect(runningTaskClocks(state, ['promised', 'statutory']).map(({ limit }) => limit)).toEqual(['promised']);
    const [event] = decide(state, { type: 'RecomputeTaskDeadline', limit: 'promised', taskId: task.id, deadline: corrected, years: [2026], at: later });
    expect(event).toMatchObject({ type: 'DeadlineRecomputed', data: { taskId: task.id, limit: 'promised', previous: promisedDeadline, deadline: corrected, years: [2026] } });
    expect(event.type === 'DeadlineRecomputed' && event.data.reason).toContain('承诺时限按新日历重新计算');
    const moved = evolve(state, event);
    expect(moved.clocks.find((clock) => clock.id === promisedClockId)).toMatchObject({ instants: { red: corrected.dueAt }, fired: ['yellow'] });
    expect(moved.stages[0].deadline).toEqual(sampleDeadline);
    expect(decide(moved, { type: 'RecomputeTaskDeadline', limit: 'promised', taskId: task.id, deadline: corrected, years: [2026], at: later })).toEqual([]);
  });

  it('refuses to stop a clock a task does not have', () => {
    const state = openedWithLimits({ statutoryDeadlines: { main: statutoryDeadline } });
    const [task] = openTasks(state);
    expect(() => decide(state, { type: 'StopTaskClock', limit: 'promised', taskId: task.id, used: 1, at: later })).toThrow(DomainError);
  });
});
