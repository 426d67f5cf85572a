import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WorkflowBundleOption, bundleWorkflowCode } from '@temporalio/worker';

/** The folder holding apps/, libs/ and workflows/: the repository in development, dist/ when compiled. */
const CODE_ROOT = resolve(__dirname, '../../..');

/**
 * The workflow bundle for the worker: a prebuilt file when given, otherwise bundled now. Workflows reach
 * the domain through the same path aliases as the rest of the code, so the bundler gets them too.
 */
export async function loadWorkflowBundle(prebuiltPath?: string): Promise<WorkflowBundleOption> {
  if (prebuiltPath && existsSync(prebuiltPath)) return { codePath: prebuiltPath };
  return bundleWorkflows();
}

/**
 * Loaded once into the worker's reusable V8 context and shared by every cached project, instead of
 * instantiated again for each one: they hold no per-workflow state (the domain is pure functions and frozen
 * data), and sharing them is what lets 10,000 projects stay cached within the worker's memory.
 */
const SHARED_MODULES = ['@temporalio/workflow', '@keystone/domain', '@keystone/contracts'];

export async function bundleWorkflows(): Promise<{ code: string }> {
  const alias = pathAliases();
  return bundleWorkflowCode({
    workflowsPath: require.resolve(join(CODE_ROOT, 'workflows')),
    preloadModules: SHARED_MODULES,
    webpackConfigHook: (config) => ({ ...config, resolve: { ...config.resolve, alias: { ...config.resolve?.alias, ...alias } } }),
    logger: { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error, log: () => undefined },
  });
}

function pathAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(join(findUp('tsconfig.base.json'), 'tsconfig.base.json'), 'utf8'));
  const paths: Record<string, string[]> = tsconfig.compilerOptions.paths;
  return Object.fromEntries(Object.entries(paths).map(([name, [target]]) => [`${name}$`, join(CODE_ROOT, target)]));
}

function findUp(file: string): string {
  for (let folder = CODE_ROOT; ; folder = dirname(folder)) {
    if (existsSync(join(folder, file))) return folder;
    if (dirname(folder) === folder) throw new Error(`${file} not found above ${CODE_ROOT}`);
  }
}
