import { ClockPlanner, PlannedInstants, ProjectState } from '@keystone/domain';
import { NewEvent } from './recorded-event';

export interface AppendProjectEventsInput {
  streamId: string;
  /** The stream's length before these events; another writer at that version is a conflict. */
  expectedVersion: number;
  events: NewEvent[];
}

export interface AppendAndSettleInput extends AppendProjectEventsInput {
  /** The project before `events`; absent for a registration. */
  state?: ProjectState;
  /** When the command was taken: the follow-ups happen at the same instant. */
  at: string;
  correlationId: string;
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
export interface ProjectActivities extends ClockPlanner {
  appendProjectEvents(input: AppendProjectEventsInput): Promise<void>;
  /** Appends a command's events with everything the project's rules make follow from them; returns the follow-ups as stored. */
  appendAndSettle(input: AppendAndSettleInput): Promise<NewEvent[]>;
  planFixedDeadline(input: PlanFixedDeadlineInput): Promise<PlannedInstants>;
}

/** The non-retryable failure type a conflicting append raises: a second writer on a project stream is a bug. */
export const STREAM_VERSION_CONFLICT = 'StreamVersionConflict';
