import { PlannedInstants, StageDeadline, TimeLimit } from '@keystone/domain';
import { NewEvent } from './recorded-event';

export interface AppendProjectEventsInput {
  streamId: string;
  /** The stream's length before these events; another writer at that version is a conflict. */
  expectedVersion: number;
  events: NewEvent[];
}

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

export interface PlanFixedDeadlineInput {
  /** A local date, YYYY-MM-DD. */
  dueDate: string;
  secondLevelAfterWorkingDays: number;
}

/**
 * What project workflows ask of the outside world. Workflows import this as a type only; the worker
 * binds the implementations from its DI container.
 */
export interface ProjectActivities {
  appendProjectEvents(input: AppendProjectEventsInput): Promise<void>;
  planStageDeadline(input: PlanStageDeadlineInput): Promise<StageDeadline>;
  planStageOpening(input: PlanStageOpeningInput): Promise<StageOpeningPlan>;
  measureClockUse(input: MeasureClockUseInput): Promise<number>;
  planFixedDeadline(input: PlanFixedDeadlineInput): Promise<PlannedInstants>;
}

/** The non-retryable failure type a conflicting append raises: a second writer on a project stream is a bug. */
export const STREAM_VERSION_CONFLICT = 'StreamVersionConflict';
