import { defaultPayloadConverter } from '@temporalio/common';
import type { History } from '@temporalio/common/lib/proto-utils';
import { optionalTsToMs, tsToDate } from '@temporalio/common/lib/time';
import { WorkflowEntryKind, WorkflowTimelineEntry } from './project-timeline';

type HistoryEvent = NonNullable<History['events']>[number];
type Summary = { kind: WorkflowEntryKind; summary: string; attempt?: number };
type Payloads = { payloads?: unknown[] | null } | null | undefined;

/** The core SDK's record of a local activity, in each marker's `data` payload. */
interface LocalActivityMarker {
  attempt: number;
  activity_type: string;
}

/** What an operator needs from a run's Temporal history: lifecycle, timers, Updates and activity attempts. */
export function summarizeWorkflowHistory(history: History, runId: string): WorkflowTimelineEntry[] {
  return (history.events ?? []).flatMap((event) => {
    const summary = lifecycle(event) ?? timer(event) ?? update(event) ?? activity(event);
    if (!summary) return [];
    return [{ source: 'workflow' as const, at: tsToDate(event.eventTime!).toISOString(), runId, eventId: String(event.eventId), ...summary }];
  });
}

function lifecycle(event: HistoryEvent): Summary | undefined {
  const started = event.workflowExecutionStartedEventAttributes;
  if (started) {
    const from = started.continuedExecutionRunId ? ` (continued from run ${started.continuedExecutionRunId})` : '';
    return { kind: 'workflow-started', summary: `workflow ${started.workflowType?.name} started${from}` };
  }
  if (event.workflowExecutionCompletedEventAttributes) return { kind: 'workflow-completed', summary: 'workflow completed' };
  const continued = event.workflowExecutionContinuedAsNewEventAttributes;
  if (continued) return { kind: 'workflow-continued-as-new', summary: `workflow continued as new in run ${continued.newExecutionRunId}` };
  const failed = event.workflowExecutionFailedEventAttributes;
  if (failed) return { kind: 'workflow-failed', summary: `workflow failed: ${failed.failure?.message}` };
  const terminated = event.workflowExecutionTerminatedEventAttributes;
  if (terminated) return { kind: 'workflow-terminated', summary: `workflow terminated: ${terminated.reason}` };
  if (event.workflowExecutionTimedOutEventAttributes) return { kind: 'workflow-timed-out', summary: 'workflow timed out' };
  if (event.workflowExecutionCanceledEventAttributes) return { kind: 'workflow-canceled', summary: 'workflow canceled' };
  return undefined;
}

function timer(event: HistoryEvent): Summary | undefined {
  const started = event.timerStartedEventAttributes;
  if (started) {
    const seconds = (optionalTsToMs(started.startToFireTimeout) ?? 0) / 1000;
    return { kind: 'timer-started', summary: `timer ${started.timerId} started for ${seconds} s` };
  }
  if (event.timerFiredEventAttributes) return { kind: 'timer-fired', summary: `timer ${event.timerFiredEventAttributes.timerId} fired` };
  if (event.timerCanceledEventAttributes) return { kind: 'timer-canceled', summary: `timer ${event.timerCanceledEventAttributes.timerId} canceled` };
  return undefined;
}

function update(event: HistoryEvent): Summary | undefined {
  const accepted = event.workflowExecutionUpdateAcceptedEventAttributes;
  if (accepted) {
    const request = accepted.acceptedRequest;
    return { kind: 'update-accepted', summary: `update ${request?.input?.name} ${request?.meta?.updateId} accepted` };
  }
  const completed = event.workflowExecutionUpdateCompletedEventAttributes;
  if (completed) {
    const failure = completed.outcome?.failure;
    return { kind: 'update-completed', summary: `update ${completed.meta?.updateId} ${failure ? `failed: ${failure.message}` : 'completed'}` };
  }
  const rejected = event.workflowExecutionUpdateRejectedEventAttributes;
  if (rejected) return { kind: 'update-rejected', summary: `update ${rejected.rejectedRequest?.input?.name} rejected: ${rejected.failure?.message}` };
  return undefined;
}

function activity(event: HistoryEvent): Summary | undefined {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName === 'core_local_activity') {
    const { attempt, activity_type: type } = decodeFirst<LocalActivityMarker>(marker.details?.data);
    const outcome = marker.failure ? `failed: ${marker.failure.message}` : 'completed';
    return { kind: 'local-activity', summary: `local activity ${type} ${outcome} (attempt ${attempt})`, attempt };
  }
  const scheduled = event.activityTaskScheduledEventAttributes;
  if (scheduled) return { kind: 'activity-scheduled', summary: `activity ${scheduled.activityType?.name} scheduled` };
  const started = event.activityTaskStartedEventAttributes;
  if (started) return { kind: 'activity-started', summary: `activity started (attempt ${started.attempt})`, attempt: started.attempt ?? undefined };
  if (event.activityTaskCompletedEventAttributes) return { kind: 'activity-completed', summary: 'activity completed' };
  const failed = event.activityTaskFailedEventAttributes;
  if (failed) return { kind: 'activity-failed', summary: `activity failed: ${failed.failure?.message}` };
  if (event.activityTaskTimedOutEventAttributes) return { kind: 'activity-timed-out', summary: 'activity timed out' };
  return undefined;
}

function decodeFirst<T>(payloads: Payloads): T {
  return defaultPayloadConverter.fromPayload((payloads?.payloads ?? [])[0] as Parameters<typeof defaultPayloadConverter.fromPayload>[0]);
}
