import { RecordedEvent } from '@keystone/contracts';

/** A domain event as the operator reads it: the stored event with one line saying what happened and who did it. */
export interface DomainTimelineEntry {
  source: 'domain';
  at: string;
  type: string;
  streamVersion: number;
  actor: string;
  summary: string;
  event: RecordedEvent;
}

export type WorkflowEntryKind =
  | 'workflow-started'
  | 'workflow-completed'
  | 'workflow-continued-as-new'
  | 'workflow-failed'
  | 'workflow-terminated'
  | 'workflow-timed-out'
  | 'workflow-canceled'
  | 'timer-started'
  | 'timer-fired'
  | 'timer-canceled'
  | 'update-accepted'
  | 'update-completed'
  | 'update-rejected'
  | 'local-activity'
  | 'activity-scheduled'
  | 'activity-started'
  | 'activity-completed'
  | 'activity-failed'
  | 'activity-timed-out';

/** One event of the project's Temporal history that an operator cares about. */
export interface WorkflowTimelineEntry {
  source: 'workflow';
  at: string;
  kind: WorkflowEntryKind;
  runId: string;
  eventId: string;
  summary: string;
  /** Activities and local activities: which attempt this was, retries being attempts above 1. */
  attempt?: number;
}

export type TimelineEntry = DomainTimelineEntry | WorkflowTimelineEntry;

export interface ProjectHistory {
  code: string;
  workflowId: string;
  /** The workflow in the Temporal web UI. */
  temporalUiUrl: string;
  /** False when Temporal no longer holds the workflow (its retention ran out); the domain events remain. */
  workflowHistoryAvailable: boolean;
  entries: TimelineEntry[];
}

/** Both sources in time order, each keeping its own order; on a tie the workflow's event, the cause, comes first. */
export function mergeByTime(workflow: readonly WorkflowTimelineEntry[], domain: readonly DomainTimelineEntry[]): TimelineEntry[] {
  const merged: TimelineEntry[] = [];
  let [w, d] = [0, 0];
  while (w < workflow.length || d < domain.length) {
    const takeWorkflow = d >= domain.length || (w < workflow.length && Date.parse(workflow[w].at) <= Date.parse(domain[d].at));
    merged.push(takeWorkflow ? workflow[w++] : domain[d++]);
  }
  return merged;
}
