import { AlertExplanation, AlertLevel, AlertState, Clock, ClockSubject, Recipient, TaskLimitKind, alertId, stageClockId, taskClockId } from '../escalation';
import { beijingDeadline } from '../calendar/beijing-time';
import { DomainError } from '../errors';
import { STAGE_NAMES } from '../stages';
import { DecisionRules } from './decision-rules';
import { RaiseAlert, RecomputeStageDeadline, RecomputeTaskDeadline, RestartStageClock, RestartTaskClock, StopStageClock, StopTaskClock } from './project-commands';
import { ProjectEvent, TASK_CLOCK_EVENTS } from './project-events';
import { ProjectState, TaskClockProgress, TaskState, currentStageProgress, findTask, openTasks } from './project-state';

/** A stage clock runs while some open task is in a department's hands and the project is not suspended. */
function stageClockShouldRun(state: ProjectState): boolean {
  if (state.status !== 'active' || state.suspension || !currentStageProgress(state)) return false;
  return openTasks(state).some((task) => task.status === 'pending' && !task.specialProcedure);
}

export type StageClockAdjustment = { kind: 'stop'; since: string; reason: string } | { kind: 'plan'; segmentStart?: string };

/** What the workflow must ask the calendar before the stage clock matches the state (nothing when it does). */
export function stageClockAdjustment(state: ProjectState): StageClockAdjustment | undefined {
  const progress = currentStageProgress(state);
  const clock = progress && state.clocks.find((candidate) => candidate.id === stageClockId(progress.stage));
  if (!progress || !clock) return undefined;
  const shouldRun = stageClockShouldRun(state);
  if (shouldRun && !clock.instants) return { kind: 'plan', segmentStart: progress.runningSince };
  if (!shouldRun && progress.runningSince) return { kind: 'stop', since: progress.runningSince, reason: stopReason(state) };
  return undefined;
}

export type TaskClockAdjustment = { task: TaskState; limit: TaskLimitKind; progress: TaskClockProgress } & (
  | { kind: 'stop'; since: string }
  | { kind: 'plan'; segmentStart?: string }
);

/** Every task clock of these kinds that runs now, in task order. */
export function runningTaskClocks(state: ProjectState, limits: readonly TaskLimitKind[]): { task: TaskState; limit: TaskLimitKind; progress: TaskClockProgress }[] {
  return openTasks(state).flatMap((task) => limits.flatMap((limit) => (task[limit]?.runningSince ? [{ task, limit, progress: task[limit]! }] : [])));
}

/** The first task clock of these kinds that does not match the state: each runs only while its task is with its department. */
export function taskClockAdjustment(state: ProjectState, limits: readonly TaskLimitKind[]): TaskClockAdjustment | undefined {
  for (const task of openTasks(state)) {
    const shouldRun = state.status === 'active' && !state.suspension && task.status === 'pending' && !task.specialProcedure;
    for (const limit of limits) {
      const progress = task[limit];
      const clock = progress && state.clocks.find((candidate) => candidate.id === taskClockId(limit, task.stage, task.key));
      if (!progress || !clock) continue;
      if (shouldRun && !clock.instants) return { kind: 'plan', task, limit, progress, segmentStart: progress.runningSince };
      if (!shouldRun && progress.runningSince) return { kind: 'stop', task, limit, progress, since: progress.runningSince };
    }
  }
  return undefined;
}

/** Why the clock does not count now: the law excludes these periods from a department's limit. */
function stopReason(state: ProjectState): string {
  if (state.suspension) return `项目暂停：${state.suspension.reason}`;
  const open = openTasks(state);
  return open.some((task) => task.specialProcedure) && open.every((task) => task.status !== 'pending' || task.specialProcedure)
    ? '特殊程序（专家评审、听证、公示）期间不计时'
    : '退回补正期间不计时';
}

type ClockCommand = StopStageClock | RestartStageClock | StopTaskClock | RestartTaskClock | RaiseAlert | RecomputeStageDeadline | RecomputeTaskDeadline;

export function decideClock(state: ProjectState, command: ClockCommand, rules: Pick<DecisionRules, 'yellowsInARowTurnRed'>): ProjectEvent[] {
  if (command.type === 'RaiseAlert') return raiseAlert(state, command, rules);
  if (command.type === 'StopTaskClock' || command.type === 'RestartTaskClock') return taskClock(state, command);
  if (command.type === 'RecomputeTaskDeadline') return recomputeTaskDeadline(state, command);
  const progress = currentStageProgress(state);
  if (!progress) throw DomainError.conflict('no stage is open');
  if (command.type === 'RecomputeStageDeadline') {
    const moved = progress.runningSince && JSON.stringify(progress.deadline) !== JSON.stringify(command.deadline);
    const reason = correctionReason(command.years, '办理时限');
    return moved ? [{ type: 'DeadlineRecomputed', data: { stage: progress.stage, previous: progress.deadline, deadline: command.deadline, years: command.years, reason } }] : [];
  }
  if (command.type === 'StopStageClock') {
    return [{ type: 'StageClockStopped', data: { stage: progress.stage, stoppedAt: command.at, used: command.used, reason: command.reason } }];
  }
  return [{ type: 'StageClockRestarted', data: { stage: progress.stage, restartedAt: command.restartedAt, deadline: command.deadline } }];
}

const LIMIT_NAMES: Record<TaskLimitKind, string> = { statutory: '法定时限', promised: '承诺时限' };

function correctionReason(years: number[], limitName: string): string {
  return `节假日安排更正（${years.join('、')}年），${limitName}按新日历重新计算`;
}

/** A running task clock planned again on a corrected calendar; nothing when its instants did not move. */
function recomputeTaskDeadline(state: ProjectState, { taskId, limit, deadline, years }: RecomputeTaskDeadline): ProjectEvent[] {
  const task = findTask(state, taskId);
  const previous = task?.[limit];
  if (!task || !previous?.runningSince || !previous.deadline || JSON.stringify(previous.deadline) === JSON.stringify(deadline)) return [];
  return [{ type: 'DeadlineRecomputed', data: { stage: task.stage, previous: previous.deadline, deadline, years, reason: correctionReason(years, LIMIT_NAMES[limit]), taskId, limit } }];
}

function taskClock(state: ProjectState, command: StopTaskClock | RestartTaskClock): ProjectEvent[] {
  const task = findTask(state, command.taskId);
  if (!task?.[command.limit]) throw DomainError.notFound('taskId', `task ${command.taskId} has no ${command.limit} clock`);
  const types = TASK_CLOCK_EVENTS[command.limit];
  if (command.type === 'StopTaskClock') {
    return [{ type: types.stopped, data: { taskId: task.id, stoppedAt: command.at, used: command.used } }];
  }
  return [{ type: types.restarted, data: { taskId: task.id, restartedAt: command.restartedAt, deadline: command.deadline } }];
}

function raiseAlert(state: ProjectState, command: RaiseAlert, rules: Pick<DecisionRules, 'yellowsInARowTurnRed'>): ProjectEvent[] {
  const clock = state.clocks.find((candidate) => candidate.id === command.clockId);
  const dueAt = clock?.instants?.[command.level];
  if (!clock || !dueAt || clock.fired.includes(command.level) || command.at < dueAt) {
    throw DomainError.conflict(`${command.level} on ${command.clockId} is not due`);
  }
  const previous = command.level === 'yellow' && rules.yellowsInARowTurnRed ? yellowInARow(state, clock) : undefined;
  const level: AlertLevel = previous ? 'red' : command.level;
  const data = {
    alertId: alertId(state.code, clock.id, level, clock.generation),
    clockId: clock.id,
    level,
    generation: clock.generation,
    subject: clock.subject,
    // The departments still hear of it as they would of a yellow; the leader hears of it as of a red.
    recipients: previous ? [...recipientsOf(state, clock.subject, 'red'), ...recipientsOf(state, clock.subject, 'yellow')] : recipientsOf(state, clock.subject, level),
    raisedAt: command.at,
    // Every level names the limit itself: a warning comes before it, the second level after it.
    explanation: explain(state, clock, level, clock.instants!.red, previous),
    ...(previous && { inPlaceOf: 'yellow' as const }),
  };
  return [level === 'yellow' ? { type: 'WarningRaised', data } : { type: 'EscalationRaised', data }];
}

/** The rule an alert raised by 两黄变红 names, so the pages can say it came early rather than over the limit. */
export const YELLOWS_IN_A_ROW_RULE = 'stage-clock:yellows-in-a-row';

/**
 * 两黄变红: the warning a stage clock is about to give follows another with nothing between, when the project's
 * last stage alert is a yellow, on this stage (an extension re-armed it) or on the stage closed just before it.
 * A red between them, or a stage finished without a warning, starts the count again.
 */
function yellowInARow(state: ProjectState, clock: Clock): AlertState | undefined {
  if (clock.subject.kind !== 'stage') return undefined;
  const opened = state.stages.map((progress) => progress.stage);
  const index = opened.indexOf(clock.subject.stage);
  const inRow = opened.slice(Math.max(0, index - 1), index + 1);
  const last = state.alerts.filter((alert) => alert.subject.kind === 'stage').pop();
  return last?.level === 'yellow' && last.subject.kind === 'stage' && inRow.includes(last.subject.stage) ? last : undefined;
}

/** Yellow to the departments holding the work, red to the assigned leader, second level to the office. */
function recipientsOf(state: ProjectState, subject: ClockSubject, level: AlertLevel): Recipient[] {
  if (level === 'second-level') return [{ kind: 'office' }];
  const leader: Recipient = { kind: 'leader', code: state.profile.leader };
  if (subject.kind === 'statutory' || subject.kind === 'promised') {
    const task = findTask(state, subject.taskId);
    const department: Recipient[] = task ? [{ kind: 'department', code: task.department }] : [];
    // A promise nearly spent is the department's own business; once broken, or a statutory limit passed, the leader's too.
    return subject.kind === 'promised' && level === 'yellow' ? department : [leader, ...department];
  }
  if (subject.kind === 'problem') {
    const problem = state.problems.find((candidate) => candidate.id === subject.problemId);
    return [leader, ...(problem ? [{ kind: 'department' as const, code: problem.responsibleUnit }] : [])];
  }
  if (level === 'red' || subject.kind === 'suspension') return [leader];
  return [...new Set(openTasks(state).map((task) => task.department))].map((code) => ({ kind: 'department', code }));
}

const PROMISE_WORDS: Record<AlertLevel, string> = { yellow: '临近承诺时限（预警）', red: '已超过承诺时限（超期督办）', 'second-level': '超过承诺时限仍未办结，提请集体协调' };

const LEVEL_WORDS: Record<AlertLevel, string> = { yellow: '临近办理时限（预警）', red: '已超过办理时限（超期督办）', 'second-level': '超期仍未办结，提请集体协调' };

/** `previous`: the warning a red raised by 两黄变红 follows. */
function explain(state: ProjectState, clock: Clock, level: AlertLevel, dueAt: string, previous?: AlertState): AlertExplanation {
  const base = { rule: previous ? YELLOWS_IN_A_ROW_RULE : `${clock.subject.kind}-clock:${level}`, dueAt, fallbackYears: clock.fallbackYears };
  const stageWords = previous ? inARowWords(previous) : LEVEL_WORDS[level];
  const explanation = explainSubject(state, clock, level, stageWords, dueAt, base);
  return { ...explanation, summary: explanation.summary + fallbackCaveat(clock.fallbackYears) };
}

/** What a deadline says when it crossed years the State Council had not yet published: Monday–Friday was assumed. */
export function fallbackCaveat(fallbackYears: readonly number[]): string {
  return fallbackYears.length ? `（注意：${fallbackYears.join('、')}年节假日安排尚未发布，按周一至周五计算）` : '';
}

/**
 * Of the years a clock's instants crossed without an official schedule, those up to its limit's last day: a limit
 * ending in December depends on no later year, though the second level after it may.
 */
export function fallbackYearsUpTo(fallbackYears: readonly number[], dueAt: string): number[] {
  const lastYear = Number(beijingDeadline(new Date(dueAt)).slice(0, 4));
  return fallbackYears.filter((year) => year <= lastYear);
}

function inARowWords(previous: AlertState): string {
  const earlier = previous.subject.kind === 'stage' ? `${STAGE_NAMES[previous.subject.stage]}阶段 ` : '';
  return `临近办理时限，为连续第二次预警（上次：${earlier}${previous.raisedAt}），按“两黄变红”升级为红灯督办`;
}

function explainSubject(
  state: ProjectState,
  clock: Clock,
  level: AlertLevel,
  stageWords: string,
  dueAt: string,
  base: Omit<AlertExplanation, 'summary' | 'taskIds'>,
): AlertExplanation {
  const subject = clock.subject;
  if (subject.kind === 'stage') {
    const tasks = openTasks(state);
    const names = tasks.map((task) => `${task.name}（${task.department}）`).join('、');
    return { ...base, taskIds: tasks.map((task) => task.id), summary: `${STAGE_NAMES[subject.stage]}阶段${stageWords}，限办 ${dueAt}，未办结事项：${names || '无'}` };
  }
  if (subject.kind === 'statutory') {
    const task = findTask(state, subject.taskId);
    return { ...base, taskIds: [subject.taskId], summary: `${task?.name}已超过法定时限 ${dueAt}（法定时限超期一律亮红灯），责任单位 ${task?.department}` };
  }
  if (subject.kind === 'promised') {
    const task = findTask(state, subject.taskId);
    return { ...base, taskIds: [subject.taskId], summary: `${task?.name}${PROMISE_WORDS[level]}，承诺办结 ${dueAt}，责任单位 ${task?.department}` };
  }
  if (subject.kind === 'suspension') {
    return { ...base, taskIds: [], summary: `项目暂停已超过预计恢复日期 ${state.suspension?.expectedEnd}：${state.suspension?.reason}` };
  }
  const problem = state.problems.find((candidate) => candidate.id === subject.problemId);
  return { ...base, taskIds: [], summary: `问题“${problem?.description}”已到整改期限 ${problem?.rectificationDeadline}，责任单位 ${problem?.responsibleUnit}` };
}
