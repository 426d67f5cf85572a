import { TimeLimit } from '../templates';
import { StageDeadline } from './stage-deadline';

export interface PlanStageDeadlineInput {
  /** When this run of the clock started: the stage's opening, or its restart after a stop. */
  openedAt: string;
  timeLimit: TimeLimit;
  warningShare: number;
  secondLevelAfterWorkingDays: number;
  /** Absent on a fresh stage (recorded histories of the first version carry none). */
  used?: number;
  extensionWorkingDays?: number;
}

/** Everything a stage's opening needs from the calendar, in one call: its own clock and its tasks' statutory and promised ones. */
export interface PlanStageOpeningInput {
  openedAt: string;
  timeLimit: TimeLimit;
  warningShare: number;
  secondLevelAfterWorkingDays: number;
  /** By task key. */
  statutoryLimits: Record<string, TimeLimit>;
  /** By task key; planned with the stage's levels. Absent in runs recorded before promised clocks. */
  promisedLimits?: Record<string, TimeLimit>;
}

export interface StageOpeningPlan {
  deadline: StageDeadline;
  statutoryDeadlines: Record<string, StageDeadline>;
  /** Absent in results recorded before promised clocks. */
  promisedDeadlines?: Record<string, StageDeadline>;
}

export interface MeasureClockUseInput {
  since: string;
  until: string;
  timeLimit: TimeLimit;
}

/**
 * What the project's own rules ask of the working-day calendar. Workflow code reaches it through local
 * activities; the append activity, which may do I/O, reads the calendar directly.
 */
export interface ClockPlanner {
  planStageDeadline(input: PlanStageDeadlineInput): Promise<StageDeadline>;
  planStageOpening(input: PlanStageOpeningInput): Promise<StageOpeningPlan>;
  measureClockUse(input: MeasureClockUseInput): Promise<number>;
}
