import { INestApplication, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DemoCountySeeder, DemoModule } from '@keystone/demo';
import { runMigrations } from '@keystone/persistence';
import { createDatabase, dropDatabase } from '@keystone/stack';
import { WorkerModule } from '../../../worker/src/worker.module';
import { ApiModule } from '../../src/api.module';
import { configureApi } from '../../src/configure-api';
import { ApiClient } from './api-client';

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The real stack for one test file: its own database and task queue on the run's shared Temporal and
 * PostgreSQL servers, a worker and an API listening on a free port, the demo county's reference data
 * and accounts seeded.
 */
export class KeystoneTestApp {
  private worker?: INestApplicationContext;
  private readonly signedIn = new Map<string, Promise<ApiClient>>();

  private constructor(
    readonly env: Record<string, string>,
    private readonly api: INestApplication,
    readonly baseUrl: string,
    private readonly databaseName: string,
  ) {}

  /** `settings` are added to the configuration of both the API and the worker, e.g. short delivery retries. */
  static async start(settings: Record<string, string> = {}): Promise<KeystoneTestApp> {
    const serverUrl = required('KEYSTONE_TEST_SERVER_DATABASE_URL');
    const suffix = randomBytes(5).toString('hex');
    const databaseName = `keystone_e2e_${suffix}`;
    const env = {
      DATABASE_URL: await createDatabase(serverUrl, databaseName),
      TEMPORAL_ADDRESS: required('TEMPORAL_ADDRESS'),
      TEMPORAL_TASK_QUEUE: `keystone-test-${suffix}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '4',
      ...(process.env.KEYSTONE_TEST_WORKFLOW_BUNDLE && { KEYSTONE_WORKFLOW_BUNDLE: process.env.KEYSTONE_TEST_WORKFLOW_BUNDLE }),
      ...settings,
    };
    await runMigrations(env.DATABASE_URL);

    @Module({ imports: [ApiModule.forRoot(env), DemoModule] })
    class TestApiModule {}
    const api = await NestFactory.create(TestApiModule, { logger: ['error'], bodyParser: false });
    configureApi(api);
    await api.listen(0, '127.0.0.1');
    const app = new KeystoneTestApp(env, api, await api.getUrl(), databaseName);
    const seeder = api.get(DemoCountySeeder);
    await seeder.seedReferenceData();
    await seeder.seedAccounts(() => TEST_PASSWORD);
    await app.startWorker();
    return app;
  }

  get dataSource(): DataSource {
    return this.api.get(DataSource);
  }

  get<T>(type: new (...args: never[]) => T): T {
    return this.api.get(type, { strict: false });
  }

  /** A provider of the running worker, e.g. to drive one of its loops at a chosen moment. */
  inWorker<T>(type: new (...args: never[]) => T): T {
    if (!this.worker) throw new Error('the worker is not running');
    return this.worker.get(type, { strict: false });
  }

  /**
   * A client signed in as one of the demo accounts. Each account signs in once per test file: the login
   * limit counts every attempt from this one address.
   */
  as(username: string): Promise<ApiClient> {
    if (!this.signedIn.has(username)) this.signedIn.set(username, this.signIn(username));
    return this.signedIn.get(username)!;
  }

  private async signIn(username: string): Promise<ApiClient> {
    const response = await new ApiClient(this.baseUrl).post('/api/auth/login', { username, password: TEST_PASSWORD });
    if (response.status !== 200) {
      this.signedIn.delete(username);
      throw new Error(`login as ${username} failed: ${JSON.stringify(response.body)}`);
    }
    return new ApiClient(this.baseUrl, response.body.accessToken);
  }

  anonymous(): ApiClient {
    return new ApiClient(this.baseUrl);
  }

  async startWorker(): Promise<void> {
    this.worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(this.env), { logger: ['error'] });
    await this.worker.init();
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  async stop(): Promise<void> {
    await this.stopWorker();
    await this.api.close();
    await dropDatabase(required('KEYSTONE_TEST_SERVER_DATABASE_URL'), this.databaseName);
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest's integration project`);
  return value;
}

/**
 * The common set-up of a test file: the stack started before its tests, the office signed in, and
 * everything taken down after. Read `app` and `office` inside tests and hooks, once they have run.
 */
export function keystoneWithOffice(): { readonly app: KeystoneTestApp; readonly office: ApiClient } {
  const started: { app?: KeystoneTestApp; office?: ApiClient } = {};
  beforeAll(async () => {
    started.app = await KeystoneTestApp.start();
    started.office = await started.app.as('office');
  });
  afterAll(() => started.app?.stop());
  return {
    get app() {
      return started.app!;
    },
    get office() {
      return started.office!;
    },
  };
}
