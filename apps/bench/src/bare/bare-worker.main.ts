import { NativeConnection, Worker } from '@temporalio/worker';

/**
 * The bare engine's worker, a process of its own as Keystone's worker is, with default options as
 * Keystone's has. The SDK shuts it down on SIGTERM; run() then returns.
 */
async function main(): Promise<void> {
  const { TEMPORAL_ADDRESS, BARE_TASK_QUEUE, BARE_WORKFLOW_BUNDLE } = process.env;
  if (!TEMPORAL_ADDRESS || !BARE_TASK_QUEUE || !BARE_WORKFLOW_BUNDLE) throw new Error('TEMPORAL_ADDRESS, BARE_TASK_QUEUE and BARE_WORKFLOW_BUNDLE are required');
  const connection = await NativeConnection.connect({ address: TEMPORAL_ADDRESS });
  try {
    const worker = await Worker.create({ connection, taskQueue: BARE_TASK_QUEUE, workflowBundle: { codePath: BARE_WORKFLOW_BUNDLE } });
    await worker.run();
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
