import { Worker } from '@temporalio/worker';
import { KeystoneConfig } from '@keystone/config';
import { loadWorkflowBundle } from '@keystone/temporal';
import { readRecordedHistory, recordedHistoryFiles } from './recorded-histories';

/**
 * Projects run for years, and a template's rollout may run across a deployment: today's workflow code must replay
 * the histories recorded by earlier code.
 * A change that breaks this needs a patch (`patched()`), never an edit in place.
 */
describe('recorded workflow histories replay on the current workflow code', () => {
  const files = recordedHistoryFiles();

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('replays %s without non-determinism', async (file) => {
    const workflowBundle = await loadWorkflowBundle(process.env.KEYSTONE_TEST_WORKFLOW_BUNDLE, new KeystoneConfig().WORKFLOW_STACK_TRACE_LIMIT);
    await expect(Worker.runReplayHistory({ workflowBundle }, readRecordedHistory(file), file.replace('.json', ''))).resolves.toBeUndefined();
  });
});
