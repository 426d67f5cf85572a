import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError, isGrpcServiceError } from '@temporalio/client';
import { KeystoneConfig } from '@keystone/config';
import { RecordedEvent } from '@keystone/contracts';
import { DomainError, describeActor, projectWorkflowId } from '@keystone/domain';
import { EventLog } from '@keystone/event-store';
import { toProjectEvent } from '../events/project-event-codec';
import { summarizeProjectEvent } from './project-event-summary';
import { DomainTimelineEntry, ProjectHistory, WorkflowTimelineEntry, mergeByTime } from './project-timeline';
import { summarizeWorkflowHistory } from './workflow-history-summary';

/** gRPC's NOT_FOUND: what fetching the history of a workflow Temporal does not hold answers. */
const GRPC_NOT_FOUND = 5;

/** A project rolls over to a new run every few thousand history events; this many runs is decades of one. */
const MAX_RUNS = 50;

/** The operator's view of one project: its domain events merged with what its workflow did, in time order. */
@Injectable()
export class ProjectHistoryService {
  constructor(
    private readonly log: EventLog,
    private readonly client: Client,
    private readonly config: KeystoneConfig,
  ) {}

  async history(code: string): Promise<ProjectHistory> {
    const workflowId = projectWorkflowId(code);
    const [events, workflow] = await Promise.all([this.log.readStream(code), this.workflowEntries(workflowId)]);
    if (events.length === 0 && !workflow) throw DomainError.notFound('code', `project ${code} does not exist`);
    return {
      code,
      workflowId,
      temporalUiUrl: `${this.config.TEMPORAL_UI_URL}/namespaces/${this.config.TEMPORAL_NAMESPACE}/workflows/${encodeURIComponent(workflowId)}`,
      workflowHistoryAvailable: workflow !== undefined,
      entries: mergeByTime(workflow ?? [], events.map(domainEntry)),
    };
  }

  /** Every run of the workflow, oldest first, following continue-as-new back from the current run. */
  private async workflowEntries(workflowId: string): Promise<WorkflowTimelineEntry[] | undefined> {
    const runs: WorkflowTimelineEntry[][] = [];
    let runId: string | undefined;
    try {
      do {
        const history = await this.client.workflow.getHandle(workflowId, runId).fetchHistory();
        const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
        runs.unshift(summarizeWorkflowHistory(history, started?.originalExecutionRunId ?? runId ?? ''));
        runId = started?.continuedExecutionRunId || undefined;
      } while (runId && runs.length < MAX_RUNS);
    } catch (error) {
      const notFound = error instanceof WorkflowNotFoundError || (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND);
      if (!notFound) throw error;
      // Older runs past Temporal's retention are gone; the runs still held are shown, or none.
      return runs.length ? runs.flat() : undefined;
    }
    return runs.flat();
  }
}

function domainEntry(recorded: RecordedEvent): DomainTimelineEntry {
  return {
    source: 'domain',
    at: recorded.occurredAt,
    type: recorded.type,
    streamVersion: recorded.streamVersion,
    actor: describeActor(recorded.actor),
    summary: summarizeProjectEvent(toProjectEvent(recorded)),
    event: recorded,
  };
}
