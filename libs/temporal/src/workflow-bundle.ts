import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WorkflowBundleOption, bundleWorkflowCode } from '@temporalio/worker';

/** The folder holding apps/, libs/ and workflows/: the repository in development, dist/ when compiled. */
const CODE_ROOT = resolve(__dirname, '../../..');

/**
 * The workflow bundle for the worker: a prebuilt file when given, otherwise bundled now, with its sandbox
 * keeping `stackTraceLimit` frames (see `withStackTraceLimit`). Workflows reach the domain through the
 * same path aliases as the rest of the code, so the bundler gets them too.
 */
export async function loadWorkflowBundle(prebuiltPath: string | undefined, stackTraceLimit: number): Promise<WorkflowBundleOption> {
  const code = prebuiltPath && existsSync(prebuiltPath) ? readFileSync(prebuiltPath, 'utf8') : (await bundleWorkflows()).code;
  return { code: withStackTraceLimit(code, stackTraceLimit) };
}

const SOURCE_MAP_COMMENT = '//# sourceMappingURL=';

/**
 * Sets how many frames the sandbox's errors record. The SDK records a stack for every promise workflow
 * code creates, for Temporal's stack-trace query; a decision creates some sixty (its Update, local
 * activity and timer), and taking those stacks was a fifth of the worker's time per decision. With 0 none
 * is taken, and a failing workflow task reports its error's type and message without frames. The line goes
 * just before the source map comment, so the map's line numbers still hold.
 */
export function withStackTraceLimit(code: string, limit: number): string {
  const mapAt = code.lastIndexOf(SOURCE_MAP_COMMENT);
  if (mapAt < 0) throw new Error('the workflow bundle has no inline source map');
  return `${code.slice(0, mapAt)}Error.stackTraceLimit = ${limit};\n${code.slice(mapAt)}`;
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
