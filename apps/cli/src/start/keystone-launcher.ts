import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DevStackConfig } from '@keystone/config';
import { DemoAccount } from '@keystone/demo';
import { runMigrations } from '@keystone/persistence';
import { EmbeddedDatabase, TemporalDevServer, createDatabase } from '@keystone/stack';
import { bundleWorkflows } from '@keystone/temporal';
import { seedDemoCounty } from './demo-seed';
import { persistentSecret } from './local-settings';
import { ServiceProcess } from './service-process';
import { waitUntilHealthy } from './wait-until-healthy';

type Stoppable = { stop(): Promise<void> };

/**
 * `npm start`: the whole stack on one machine. Temporal's and PostgreSQL's state live in the data
 * folder, so stopping and starting again resumes every project where it was.
 */
export class KeystoneLauncher {
  private readonly started: Stoppable[] = [];
  private services: ServiceProcess[] = [];

  constructor(private readonly config: DevStackConfig) {}

  async start(): Promise<void> {
    const { KEYSTONE_DATA_DIR: dataDir, PORT } = this.config;
    mkdirSync(dataDir, { recursive: true });
    const [temporal, databaseUrl] = await Promise.all([this.temporal(dataDir), this.database(dataDir)]);
    step(`PostgreSQL migrations: ${(await runMigrations(databaseUrl)).length} applied`);
    const bundlePath = join(dataDir, 'workflow-bundle.js');
    writeFileSync(bundlePath, (await bundleWorkflows()).code);
    const env = {
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_UI_URL: temporal.uiUrl,
      JWT_SECRET: persistentSecret(dataDir, 'jwt-secret'),
      KEYSTONE_WORKFLOW_BUNDLE: bundlePath,
      PORT: String(PORT),
    };
    const worker = this.process('worker', env, dataDir);
    const api = this.process('api', env, dataDir);
    this.services = [worker, api];
    await waitUntilHealthy(`http://127.0.0.1:${PORT}/api/health`, 60_000, this.exited());
    step('seeding the demo county (first start only)');
    const accounts = await seedDemoCounty(env);
    printWhereToLook(PORT, temporal.uiUrl, this.accountsFile(dataDir, accounts));
  }

  /** Resolves when the worker or the API exits. */
  exited(): Promise<unknown> {
    return Promise.race(this.services.map((service) => service.whenExited()));
  }

  async stop(): Promise<void> {
    for (const part of this.started.reverse()) await part.stop().catch((error: Error) => console.error(error.message));
  }

  private async temporal(dataDir: string): Promise<{ address: string; uiUrl: string }> {
    if (this.config.TEMPORAL_ADDRESS) return { address: this.config.TEMPORAL_ADDRESS, uiUrl: '(the cluster’s own UI)' };
    const server = await TemporalDevServer.start({ dataDir: join(dataDir, 'temporal'), port: this.config.TEMPORAL_PORT, uiPort: this.config.TEMPORAL_UI_PORT });
    this.started.push(server);
    step(`Temporal dev server on ${server.address}`);
    return server;
  }

  private async database(dataDir: string): Promise<string> {
    if (this.config.DATABASE_URL) return this.config.DATABASE_URL;
    const server = await EmbeddedDatabase.start({ dataDir, port: this.config.EMBEDDED_POSTGRES_PORT });
    this.started.push(server);
    step(`embedded PostgreSQL on port ${this.config.EMBEDDED_POSTGRES_PORT}`);
    return createDatabase(server.url, 'keystone', { ifMissing: true });
  }

  private process(name: 'api' | 'worker', env: Record<string, string>, dataDir: string): ServiceProcess {
    const service = ServiceProcess.start(name, env, join(dataDir, `${name}.log`));
    this.started.push(service);
    step(`${name} started (pid ${service.pid}, log ${join(dataDir, `${name}.log`)})`);
    return service;
  }

  /** Passwords are shown once, when made; the file keeps them for the demo's users. */
  private accountsFile(dataDir: string, created: DemoAccount[]): string {
    const file = join(dataDir, 'demo-accounts.json');
    const known: DemoAccount[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
    if (created.length) writeFileSync(file, JSON.stringify([...known, ...created], null, 2), { mode: 0o600 });
    return file;
  }
}

function step(message: string): void {
  console.log(`  ✓ ${message}`);
}

function printWhereToLook(port: number, temporalUi: string, accountsFile: string): void {
  const accounts: DemoAccount[] = existsSync(accountsFile) ? JSON.parse(readFileSync(accountsFile, 'utf8')) : [];
  console.log(`
Keystone is running. Ctrl-C stops everything; \`npm start\` again resumes the same data.
  API           http://localhost:${port}/api
  OpenAPI       http://localhost:${port}/api/docs
  Health        http://localhost:${port}/api/health
  Temporal UI   ${temporalUi}
  Accounts      ${accountsFile}
${accounts.map((a) => `    ${a.username.padEnd(36)} ${a.password.padEnd(12)} ${a.role}${a.department ? ` · ${a.department}` : ''}${a.leader ? ` · ${a.leader}` : ''}${a.ownerUnit ? ` · ${a.ownerUnit}` : ''}`).join('\n')}
`);
}
