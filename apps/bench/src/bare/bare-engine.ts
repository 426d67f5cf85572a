import { Client } from '@temporalio/client';
import { waitFor } from '../measure/latency';
import { benchAwaitUpdate, benchNoop, benchSleepUntil, pingUpdate } from './bare.workflow';

/** Started, task scheduled, task started, task completed. */
const FIRST_TASK_DONE = 4;

export type BareWorkflowType = 'benchNoop' | 'benchAwaitUpdate' | 'benchSleepUntil';

/** The benchmark's own minimal workflows on the same Temporal server, driven as Keystone's API drives its own. */
export class BareEngine {
  private serial = 0;

  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly runId: string,
  ) {}

  async startNoop(): Promise<void> {
    await this.client.workflow.start(benchNoop, { taskQueue: this.taskQueue, workflowId: this.nextId('noop') });
  }

  /** Starts a workflow that waits for one Update; resolves with its id. */
  async startAwaitingUpdate(): Promise<string> {
    const workflowId = this.nextId('update');
    await this.client.workflow.start(benchAwaitUpdate, { taskQueue: this.taskQueue, workflowId });
    return workflowId;
  }

  async ping(workflowId: string): Promise<void> {
    await this.client.workflow.getHandle(workflowId).executeUpdate(pingUpdate, { args: [1] });
  }

  /** Resolves once the workflow has run its first workflow task, so its handlers are set. */
  async waitUntilRunning(workflowId: string): Promise<void> {
    const handle = this.client.workflow.getHandle(workflowId);
    await waitFor(async () => ((await handle.describe()).historyLength ?? 0) >= FIRST_TASK_DONE, `bare workflow ${workflowId} running`, 60_000);
  }

  async startSleeper(dueAt: Date): Promise<void> {
    await this.client.workflow.start(benchSleepUntil, { taskQueue: this.taskQueue, workflowId: this.nextId('timer'), args: [dueAt.toISOString()] });
  }

  /** How many workflows of the type have completed on this run's task queue. */
  async completed(type: BareWorkflowType): Promise<number> {
    return (await this.client.workflow.count(this.completedQuery(type))).count;
  }

  /** When the last completed workflow of the type closed, in ms since the epoch. */
  async lastClosedAt(type: BareWorkflowType): Promise<number> {
    let last = 0;
    for await (const execution of this.client.workflow.list({ query: this.completedQuery(type) })) {
      last = Math.max(last, execution.closeTime?.getTime() ?? 0);
    }
    return last;
  }

  private completedQuery(type: BareWorkflowType): string {
    return `WorkflowType = '${type}' AND ExecutionStatus = 'Completed' AND TaskQueue = '${this.taskQueue}'`;
  }

  private nextId(kind: string): string {
    this.serial += 1;
    return `bench-${kind}-${this.runId}-${this.serial}`;
  }
}
