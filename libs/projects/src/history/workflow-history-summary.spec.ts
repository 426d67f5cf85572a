import { defaultPayloadConverter } from '@temporalio/common';
import type { History } from '@temporalio/common/lib/proto-utils';
import { msNumberToTs } from '@temporalio/common/lib/time';
import { DomainTimelineEntry, mergeByTime } from './project-timeline';
import { summarizeWorkflowHistory } from './workflow-history-summary';

const time = (second: number) => msNumberToTs((1_795_000_000 + second) * 1000);
const iso = (second: number) => new Date((1_795_000_000 + second) * 1000).toISOString();
const marker = (attempt: number, failure?: { message: string }) => ({
  markerName: 'core_local_activity',
  details: { data: { payloads: [defaultPayloadConverter.toPayload({ seq: 1, attempt, activity_type: 'appendProjectEvents' })] } },
  ...(failure && { failure }),
});

const history = {
  events: [
    { eventId: 1, eventTime: time(0), workflowExecutionStartedEventAttributes: { workflowType: { name: 'projectWorkflow' }, continuedExecutionRunId: 'run-0' } },
    { eventId: 2, eventTime: time(0), workflowTaskScheduledEventAttributes: {} },
    { eventId: 5, eventTime: time(1), markerRecordedEventAttributes: marker(1, { message: 'database unavailable' }) },
    { eventId: 6, eventTime: time(2), markerRecordedEventAttributes: marker(2) },
    { eventId: 7, eventTime: time(2), timerStartedEventAttributes: { timerId: '3', startToFireTimeout: msNumberToTs(90_000) } },
    { eventId: 9, eventTime: time(3), workflowExecutionUpdateAcceptedEventAttributes: { acceptedRequest: { meta: { updateId: 'u-1' }, input: { name: 'decideTask' } } } },
    { eventId: 10, eventTime: time(3), workflowExecutionUpdateCompletedEventAttributes: { meta: { updateId: 'u-1' }, outcome: { failure: { message: 'task is approved' } } } },
    { eventId: 11, eventTime: time(92), timerFiredEventAttributes: { timerId: '3' } },
    { eventId: 12, eventTime: time(93), workflowExecutionContinuedAsNewEventAttributes: { newExecutionRunId: 'run-2' } },
  ],
} as unknown as History;

describe('a workflow run’s history as the operator reads it', () => {
  const entries = summarizeWorkflowHistory(history, 'run-1');

  it('keeps the lifecycle, timers, Updates and activity attempts, and nothing else', () => {
    expect(entries.map(({ kind, summary, attempt }) => ({ kind, summary, attempt }))).toEqual([
      { kind: 'workflow-started', summary: 'workflow projectWorkflow started (continued from run run-0)', attempt: undefined },
      { kind: 'local-activity', summary: 'local activity appendProjectEvents failed: database unavailable (attempt 1)', attempt: 1 },
      { kind: 'local-activity', summary: 'local activity appendProjectEvents completed (attempt 2)', attempt: 2 },
      { kind: 'timer-started', summary: 'timer 3 started for 90 s', attempt: undefined },
      { kind: 'update-accepted', summary: 'update decideTask u-1 accepted', attempt: undefined },
      { kind: 'update-completed', summary: 'update u-1 failed: task is approved', attempt: undefined },
      { kind: 'timer-fired', summary: 'timer 3 fired', attempt: undefined },
      { kind: 'workflow-continued-as-new', summary: 'workflow continued as new in run run-2', attempt: undefined },
    ]);
    expect(entries[0]).toMatchObject({ source: 'workflow', runId: 'run-1', eventId: '1', at: iso(0) });
  });

  it('merges domain events in by time, each source in its own order, the workflow first on a tie', () => {
    const domain = (version: number, second: number) => ({ source: 'domain', at: iso(second), streamVersion: version }) as DomainTimelineEntry;

    const merged = mergeByTime(entries, [domain(1, 0), domain(2, 3), domain(3, 100)]);

    expect(merged.map((entry) => (entry.source === 'domain' ? `#${entry.streamVersion}` : entry.eventId))).toEqual(['1', '#1', '5', '6', '7', '9', '10', '#2', '11', '12', '#3']);
  });
});
