import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from '@keystone/persistence';
import { bundleWorkflows } from '@keystone/temporal';
import { createDatabase } from './databases';
import { EmbeddedDatabase } from './embedded-database';
import { ServiceProcess } from './service-process';
import { TemporalDevServer } from './temporal-dev-server';
import { waitUntilHealthy } from './wait-until-healthy';

export interface KeystoneStackPorts {
  api: number;
  temporal: number;
  temporalUi: number;
  /** The embedded PostgreSQL's: fixed, or any free one. */
  postgres: number | 'any';
}

export interface KeystoneStackOptions {
  dataDir: string;
  ports: KeystoneStackPorts;
  /** An existing Temporal frontend; without it a dev server keeps its state under the data folder. */
  temporalAddress?: string;
  /** An existing database; without it `databaseName` is made on an embedded server under the data folder. */
  databaseUrl?: string;
  databaseName: string;
  headless?: boolean;
  /** What the worker and the API need besides the stack's addresses, e.g. JWT_SECRET. */
  serviceEnv: Record<string, string>;
  onStep?: (message: string) => void;
}

type Stoppable = { stop(): Promise<void> };

const HEALTHY_WITHIN_MS = 60_000;

/**
 * Keystone on one machine: Temporal and PostgreSQL (its own or given ones), the migrations, the workflow
 * bundle, and the worker and the API as separate processes started from the compiled code.
 */
export class KeystoneStack {
  private readonly started: Stoppable[] = [];
  private services: ServiceProcess[] = [];
  private serviceEnv?: Record<string, string>;
  private devServer?: TemporalDevServer;

  constructor(private readonly options: KeystoneStackOptions) {}

  /** What the worker and the API were started with: the addresses of Temporal and the database among them. */
  get env(): Record<string, string> {
    if (!this.serviceEnv) throw new Error('the stack has not started');
    return this.serviceEnv;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.options.ports.api}`;
  }

  get temporalUiUrl(): string {
    return this.devServer?.uiUrl ?? '(the cluster’s own UI)';
  }

  /** Where the dev server keeps its state; absent when Temporal is given. */
  get temporalDataDir(): string | undefined {
    return this.devServer && join(this.options.dataDir, 'temporal');
  }

  get worker(): ServiceProcess {
    return this.service('worker');
  }

  get api(): ServiceProcess {
    return this.service('api');
  }

  async start(): Promise<void> {
    const { dataDir, ports } = this.options;
    mkdirSync(dataDir, { recursive: true });
    const [temporalAddress, databaseUrl] = await Promise.all([this.temporal(), this.database()]);
    this.step(`PostgreSQL migrations: ${(await runMigrations(databaseUrl)).length} applied`);
    const bundlePath = join(dataDir, 'workflow-bundle.js');
    writeFileSync(bundlePath, (await bundleWorkflows()).code);
    this.serviceEnv = {
      ...this.options.serviceEnv,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_UI_URL: this.temporalUiUrl,
      KEYSTONE_WORKFLOW_BUNDLE: bundlePath,
      PORT: String(ports.api),
    };
    this.services = [this.process('worker'), this.process('api')];
    await waitUntilHealthy(`${this.apiUrl}/api/health`, HEALTHY_WITHIN_MS, this.exited());
  }

  /** Resolves when the worker or the API exits. */
  exited(): Promise<unknown> {
    return Promise.race(this.services.map((service) => service.whenExited()));
  }

  /** Stops what it started, last first; safe to call after a failed start. */
  async stop(): Promise<void> {
    for (const part of this.started.splice(0).reverse()) await part.stop().catch((error: Error) => console.error(error.message));
  }

  private async temporal(): Promise<string> {
    const { temporalAddress, dataDir, ports, headless } = this.options;
    if (temporalAddress) return temporalAddress;
    this.devServer = await TemporalDevServer.start({ dataDir: join(dataDir, 'temporal'), port: ports.temporal, uiPort: ports.temporalUi, headless });
    this.started.push(this.devServer);
    this.step(`Temporal dev server on ${this.devServer.address}`);
    return this.devServer.address;
  }

  private async database(): Promise<string> {
    const { databaseUrl, dataDir, ports, databaseName } = this.options;
    if (databaseUrl) return databaseUrl;
    const server = await EmbeddedDatabase.start({ dataDir, port: ports.postgres });
    this.started.push(server);
    this.step(`embedded PostgreSQL on port ${server.port}`);
    return createDatabase(server.url, databaseName, { ifMissing: true });
  }

  private process(name: 'api' | 'worker'): ServiceProcess {
    const logFile = join(this.options.dataDir, `${name}.log`);
    const service = ServiceProcess.start(name, join('apps', name, 'src', 'main.js'), this.env, logFile);
    this.started.push(service);
    this.step(`${name} started (pid ${service.pid}, log ${logFile})`);
    return service;
  }

  private service(name: string): ServiceProcess {
    const found = this.services.find((service) => service.name === name);
    if (!found) throw new Error(`the ${name} has not started`);
    return found;
  }

  private step(message: string): void {
    this.options.onStep?.(message);
  }
}
