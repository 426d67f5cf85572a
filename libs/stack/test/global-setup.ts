import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Jest does not apply moduleNameMapper to globalSetup (checked), so neither the alias @keystone/stack nor its
// index, which reaches other libraries through their aliases, can be used here.
import { createDatabase, dropDatabase } from '../src/databases';
import { EmbeddedDatabase } from '../src/embedded-database';
import { freePort } from '../src/free-port';
import { TemporalDevServer } from '../src/temporal-dev-server';
import { bundleWorkflows } from '../../temporal/src/workflow-bundle';

export interface TestStack {
  dataDir: string;
  temporal?: TemporalDevServer;
  database?: EmbeddedDatabase;
  serverUrl?: string;
  databaseName?: string;
}

// Setup and teardown run in Jest's parent process: handles stay here, test workers see only process.env.
export const TEST_STACK = Symbol.for('keystone.test-stack');

export default async function globalSetup(): Promise<void> {
  const stack: TestStack = { dataDir: await mkdtemp(join(tmpdir(), 'keystone-test-')) };
  try {
    await startTestStack(stack);
  } catch (error) {
    await stopTestStack(stack);
    throw error;
  }
  Object.assign(globalThis, { [TEST_STACK]: stack });
}

export async function stopTestStack(stack: TestStack): Promise<void> {
  const { serverUrl, databaseName } = stack;
  const steps = [
    () => (serverUrl && databaseName ? dropDatabase(serverUrl, databaseName) : undefined),
    () => stack.database?.stop(),
    () => stack.temporal?.stop(),
    () => rm(stack.dataDir, { recursive: true, force: true }),
  ];
  const errors: unknown[] = [];
  for (const step of steps) {
    await Promise.resolve().then(step).catch((error: unknown) => errors.push(error));
  }
  if (errors.length > 0) {
    throw new AggregateError(errors, 'Stopping the integration test stack failed');
  }
}

async function startTestStack(stack: TestStack): Promise<void> {
  // Bundled once per run: every test file's worker loads the same file instead of bundling again.
  const bundlePath = join(stack.dataDir, 'workflow-bundle.js');
  await writeFile(bundlePath, (await bundleWorkflows()).code);
  process.env.KEYSTONE_TEST_WORKFLOW_BUNDLE = bundlePath;
  const temporal = await TemporalDevServer.start({
    dataDir: stack.dataDir,
    port: await freePort(),
    uiPort: await freePort(),
    headless: true,
  });
  stack.temporal = temporal;
  const serverUrl = await databaseServerUrl(stack);
  stack.serverUrl = serverUrl;
  const databaseName = `keystone_test_${randomBytes(6).toString('hex')}`;
  process.env.KEYSTONE_TEST_DATABASE_URL = await createDatabase(serverUrl, databaseName);
  stack.databaseName = databaseName;
  process.env.KEYSTONE_TEST_SERVER_DATABASE_URL = serverUrl;
  process.env.TEMPORAL_ADDRESS = temporal.address;
  process.env.KEYSTONE_TEST_TEMPORAL_UI_URL = temporal.uiUrl;
}

async function databaseServerUrl(stack: TestStack): Promise<string> {
  if (process.env.DATABASE_URL) {
    return process.env.DATABASE_URL;
  }
  stack.database = await EmbeddedDatabase.start({ dataDir: stack.dataDir, port: 'any' });
  return stack.database.url;
}
