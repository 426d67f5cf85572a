import { TASK_LIMIT_KINDS, TaskLimitKind } from '../escalation';
import { DEFAULT_ESCALATION_LEVELS, StageTemplate } from '../templates';
import { stageClockAdjustment, taskClockAdjustment } from './clock-rules';
import { ClockPlanner } from './clock-planner';
import { decide, stageAwaitingOpening } from './decide';
import { fold } from './evolve';
import { ProjectCommand } from './project-commands';
import { ProjectEvent } from './project-events';
import { ProjectState, StageProgress, TaskClockProgress, currentStageProgress } from './project-state';
import { StageDeadline } from './stage-deadline';

/** Behaviour added while projects run, off for runs recorded before it existed (the workflow's patches). */
export interface Features {
  clocks: boolean;
  statutory: boolean;
  /** One calendar call for a stage's opening instead of one per clock. */
  openingPlan: boolean;
  /** Tasks' promised limits (承诺时限) run clocks of their own with the whole ladder. */
  promised: boolean;
}

/** Everything today's code does; runs that settle in the append activity started with all of it. */
export const CURRENT_FEATURES: Features = { clocks: true, statutory: true, openingPlan: true, promised: true };

/** A command the project's own rules issue, and the rule that issued it (the events' system actor). */
export interface FollowUp {
  rule: string;
  command: ProjectCommand;
}

/** A follow-up with the events it decided. */
export interface SettledFollowUp {
  rule: string;
  events: ProjectEvent[];
}

/**
 * Everything that follows from a change by the project's own rules, in order: the next stage opens, clocks
 * stop or restart. Each step needs the working-day calendar, which the planner reads.
 */
export async function settle(state: ProjectState, at: string, features: Features, planner: ClockPlanner): Promise<SettledFollowUp[]> {
  const settled: SettledFollowUp[] = [];
  for (let current = state; ; ) {
    const next = await nextFollowUp(current, at, features, planner);
    if (!next) return settled;
    const events = decide(current, next.command);
    settled.push({ rule: next.rule, events });
    current = fold(events, current)!;
  }
}

/** What the project's rules do next on their own, if anything. */
export async function nextFollowUp(state: ProjectState, at: string, features: Features, planner: ClockPlanner): Promise<FollowUp | undefined> {
  const stage = stageAwaitingOpening(state);
  if (stage) return openStage(stage, at, features, planner);
  return (await stageClockFollowUp(state, at, features, planner)) ?? (await taskClockFollowUp(state, at, features, planner));
}

/** The open stage's clock planned afresh from `start`, with the time already used and any extension. */
export function planRunningStage(progress: StageProgress, start: string, planner: ClockPlanner): Promise<StageDeadline> {
  const { timeLimit, levels, used, extensionWorkingDays } = progress;
  return planner.planStageDeadline({ openedAt: start, timeLimit, ...levels, used, extensionWorkingDays });
}

async function openStage(stage: StageTemplate, at: string, features: Features, planner: ClockPlanner): Promise<FollowUp> {
  const levels = stage.escalation ?? DEFAULT_ESCALATION_LEVELS;
  if (features.openingPlan) {
    const limitsOf = (kind: 'statutoryLimit' | 'promisedLimit') => Object.fromEntries(stage.tasks.flatMap((task) => (task[kind] ? [[task.key, task[kind]]] : [])));
    const promisedLimits = features.promised ? limitsOf('promisedLimit') : undefined;
    const plan = await planner.planStageOpening({ openedAt: at, timeLimit: stage.timeLimit, ...levels, statutoryLimits: limitsOf('statutoryLimit'), ...(promisedLimits && { promisedLimits }) });
    const { deadline, statutoryDeadlines, promisedDeadlines } = plan;
    return { rule: 'stage-sequence', command: { type: 'OpenNextStage', deadline, at, statutoryDeadlines, promisedDeadlines } };
  }
  const deadline = await planner.planStageDeadline({ openedAt: at, timeLimit: stage.timeLimit, ...levels });
  const statutoryDeadlines = features.statutory ? await planStatutoryDeadlines(stage, at, planner) : undefined;
  return { rule: 'stage-sequence', command: { type: 'OpenNextStage', deadline, at, ...(statutoryDeadlines && { statutoryDeadlines }) } };
}

async function planStatutoryDeadlines(stage: StageTemplate, at: string, planner: ClockPlanner): Promise<Record<string, StageDeadline>> {
  const deadlines: Record<string, StageDeadline> = {};
  for (const task of stage.tasks) {
    if (task.statutoryLimit) deadlines[task.key] = await planner.planStageDeadline({ openedAt: at, timeLimit: task.statutoryLimit, ...DEFAULT_ESCALATION_LEVELS });
  }
  return deadlines;
}

async function stageClockFollowUp(state: ProjectState, at: string, features: Features, planner: ClockPlanner): Promise<FollowUp | undefined> {
  const adjustment = features.clocks ? stageClockAdjustment(state) : undefined;
  const progress = currentStageProgress(state);
  if (!adjustment || !progress) return undefined;
  if (adjustment.kind === 'stop') {
    const used = progress.used + (await planner.measureClockUse({ since: adjustment.since, until: at, timeLimit: progress.timeLimit }));
    return { rule: 'stage-clock:stop', command: { type: 'StopStageClock', used, reason: adjustment.reason, at } };
  }
  const restartedAt = adjustment.segmentStart ?? at;
  const deadline = await planRunningStage(progress, restartedAt, planner);
  return { rule: 'stage-clock:restart', command: { type: 'RestartStageClock', deadline, restartedAt, at } };
}

async function taskClockFollowUp(state: ProjectState, at: string, features: Features, planner: ClockPlanner): Promise<FollowUp | undefined> {
  const limits = TASK_LIMIT_KINDS.filter((limit) => features[limit]);
  const adjustment = taskClockAdjustment(state, limits);
  if (!adjustment) return undefined;
  const { task, limit, progress } = adjustment;
  if (adjustment.kind === 'stop') {
    const more = await planner.measureClockUse({ since: adjustment.since, until: at, timeLimit: progress.limit });
    return { rule: `${limit}-clock:stop`, command: { type: 'StopTaskClock', limit, taskId: task.id, used: progress.used + more, at } };
  }
  const restartedAt = adjustment.segmentStart ?? at;
  const deadline = await planTaskClock(state, limit, progress, restartedAt, planner);
  return { rule: `${limit}-clock:restart`, command: { type: 'RestartTaskClock', limit, taskId: task.id, deadline, restartedAt, at } };
}

/** A task clock planned afresh from `start`, with the time already used and any extension of a promise. */
export function planTaskClock(state: ProjectState, limit: TaskLimitKind, progress: TaskClockProgress, start: string, planner: ClockPlanner): Promise<StageDeadline> {
  // A statutory clock is red-only; a promise runs its stage's ladder.
  const levels = limit === 'promised' ? currentStageProgress(state)!.levels : DEFAULT_ESCALATION_LEVELS;
  const { used, extensionWorkingDays } = progress;
  return planner.planStageDeadline({ openedAt: start, timeLimit: progress.limit, ...levels, used, extensionWorkingDays });
}
