import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';

/** Ends, as one batch operation per task queue, every workflow the run left running on a server it shares. */
export async function terminateRunning(client: Client, taskQueues: string[]): Promise<void> {
  for (const taskQueue of taskQueues) {
    await client.workflowService.startBatchOperation({
      namespace: client.options.namespace,
      jobId: randomUUID(),
      reason: 'keystone benchmark finished',
      visibilityQuery: `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`,
      terminationOperation: {},
    });
  }
}
