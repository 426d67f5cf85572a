import { Client, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DemoAccount, seedDemoCounty } from '@keystone/demo';
import { KeystoneStack, ServiceProcess, createDatabase, dropDatabase, freePort } from '@keystone/stack';
import { writeBareBundle } from '../bare/bare-bundle';
import { BareEngine } from '../bare/bare-engine';
import { terminateRunning } from './terminate-running';

export interface BenchEnvironmentOptions {
  /** A Temporal frontend to use instead of a dev server of the benchmark's own. */
  temporalAddress?: string;
  /** A PostgreSQL server to make the benchmark's database on instead of an embedded one. */
  databaseServerUrl?: string;
}

type Cleanup = () => Promise<unknown>;

/**
 * Everything the benchmark runs on, started on a fresh temporary data folder and taken down again: Keystone's
 * stack with its real worker and API processes, the demo county's reference data and accounts, and the
 * bare engine's worker on a task queue of its own.
 */
export class BenchEnvironment {
  readonly runId = randomBytes(4).toString('hex');
  readonly keystoneTaskQueue = `keystone-bench-${this.runId}`;
  readonly bareTaskQueue = `bare-bench-${this.runId}`;
  private readonly cleanups: Cleanup[] = [];
  private stack?: KeystoneStack;
  private bareWorker?: ServiceProcess;
  private temporal?: Client;
  private bareEngine?: BareEngine;
  private database?: Pool;
  accounts: DemoAccount[] = [];
  dataDir = '';

  constructor(private readonly options: BenchEnvironmentOptions) {}

  get keystone(): KeystoneStack {
    return required(this.stack, 'the Keystone stack');
  }

  get bare(): BareEngine {
    return required(this.bareEngine, 'the bare engine');
  }

  get temporalClient(): Client {
    return required(this.temporal, 'the Temporal client');
  }

  /** The benchmark's own connection to Keystone's database, for checks no API call answers (the event store). */
  get db(): Pool {
    return required(this.database, 'the database pool');
  }

  get bareWorkerPid(): number | undefined {
    return this.bareWorker?.pid;
  }

  async start(onStep: (message: string) => void): Promise<void> {
    this.dataDir = await mkdtemp(join(tmpdir(), 'keystone-bench-'));
    this.cleanups.push(() => rm(this.dataDir, { recursive: true, force: true }));
    this.stack = new KeystoneStack({
      dataDir: this.dataDir,
      ports: { api: await freePort(), temporal: await freePort(), temporalUi: await freePort(), postgres: 'any' },
      temporalAddress: this.options.temporalAddress,
      databaseUrl: await this.givenDatabase(),
      databaseName: 'keystone',
      headless: true,
      serviceEnv: { JWT_SECRET: randomBytes(32).toString('hex'), TEMPORAL_TASK_QUEUE: this.keystoneTaskQueue },
      onStep,
    });
    this.cleanups.push(() => this.keystone.stop());
    await this.keystone.start();
    this.accounts = await seedDemoCounty(this.keystone.env, { projects: false });
    onStep(`demo county seeded: ${this.accounts.length} accounts`);
    await this.connect();
    await this.startBareWorker();
    onStep(`bare engine worker started (pid ${this.bareWorkerPid}, task queue ${this.bareTaskQueue})`);
  }

  /** The last lines of each process's log: a failed run's evidence, read before the folder goes. */
  async logTails(lines = 15): Promise<string> {
    const tails = await Promise.all(
      ['worker', 'api', 'bare-worker'].map(async (name) => {
        const text = await readFile(join(this.dataDir, `${name}.log`), 'utf8').catch(() => '');
        return `--- ${name}.log\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`;
      }),
    );
    return tails.join('\n');
  }

  /** Takes down what start() brought up, last first, whatever failed on the way. */
  async stop(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup().catch((error: Error) => console.error(`cleanup: ${error.message}`));
  }

  private async givenDatabase(): Promise<string | undefined> {
    const server = this.options.databaseServerUrl;
    if (!server) return undefined;
    const name = `keystone_bench_${this.runId}`;
    const url = await createDatabase(server, name);
    this.cleanups.push(() => dropDatabase(server, name));
    return url;
  }

  private async connect(): Promise<void> {
    const connection = await Connection.connect({ address: this.keystone.env.TEMPORAL_ADDRESS });
    this.cleanups.push(() => connection.close());
    this.temporal = new Client({ connection });
    this.bareEngine = new BareEngine(this.temporal, this.bareTaskQueue, this.runId);
    if (this.options.temporalAddress) {
      // On a shared server nothing of the run may keep going: its workflows go when the run does.
      this.cleanups.push(() => terminateRunning(this.temporalClient, [this.keystoneTaskQueue, this.bareTaskQueue]));
    }
    this.database = new Pool({ connectionString: this.keystone.env.DATABASE_URL, max: 4 });
    this.cleanups.push(() => this.db.end());
  }

  private async startBareWorker(): Promise<void> {
    const bundle = join(this.dataDir, 'bare-workflow-bundle.js');
    await writeBareBundle(bundle);
    const env = { TEMPORAL_ADDRESS: this.keystone.env.TEMPORAL_ADDRESS, BARE_TASK_QUEUE: this.bareTaskQueue, BARE_WORKFLOW_BUNDLE: bundle };
    this.bareWorker = ServiceProcess.start('bare-worker', join('apps', 'bench', 'src', 'bare', 'bare-worker.main.js'), env, join(this.dataDir, 'bare-worker.log'));
    this.cleanups.push(() => this.bareWorker!.stop());
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not there: the benchmark environment has not started`);
  return value;
}
