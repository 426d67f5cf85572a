import { bundleWorkflows } from './workflow-bundle';

describe('the workflow bundle', () => {
  it('loads the SDK, the domain and the contracts once for all cached projects, not once per project', async () => {
    const { code } = await bundleWorkflows();
    const preload = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(code)?.[1] ?? '';
    for (const shared of ['@temporalio/workflow', '@keystone/domain', '@keystone/contracts']) {
      expect(preload).toContain(`/*! ${shared} */`);
    }
    expect(preload).not.toContain('workflows/project');
  }, 60_000);
});
