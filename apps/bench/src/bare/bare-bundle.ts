import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode } from '@temporalio/worker';

const QUIET = { trace: () => undefined, debug: () => undefined, info: () => undefined, log: () => undefined, warn: console.warn, error: console.error };

/** Bundles the bare workflows into a file, as Keystone's bundle is prebuilt for its worker. */
export async function writeBareBundle(path: string): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./bare.workflow'), logger: QUIET });
  await writeFile(path, code);
}
