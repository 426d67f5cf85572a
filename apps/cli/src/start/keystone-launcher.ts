import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DevStackConfig } from '@keystone/config';
import { DemoAccount, seedDemoCounty } from '@keystone/demo';
import { KeystoneStack } from '@keystone/stack';
import { persistentSecret } from './local-settings';

/**
 * `npm start`: the whole stack on one machine. Temporal's and PostgreSQL's state live in the data
 * folder, so stopping and starting again resumes every project where it was.
 */
export class KeystoneLauncher {
  private readonly stack: KeystoneStack;

  constructor(private readonly config: DevStackConfig) {
    const { KEYSTONE_DATA_DIR: dataDir } = config;
    this.stack = new KeystoneStack({
      dataDir,
      ports: { api: config.PORT, temporal: config.TEMPORAL_PORT, temporalUi: config.TEMPORAL_UI_PORT, postgres: config.EMBEDDED_POSTGRES_PORT },
      temporalAddress: config.TEMPORAL_ADDRESS,
      databaseUrl: config.DATABASE_URL,
      databaseName: 'keystone',
      serviceEnv: { JWT_SECRET: persistentSecret(dataDir, 'jwt-secret') },
      onStep: step,
    });
  }

  async start(): Promise<void> {
    await this.stack.start();
    step('seeding the demo county (first start only)');
    const accounts = await seedDemoCounty(this.stack.env, { projects: true });
    printWhereToLook(this.config.PORT, this.stack.temporalUiUrl, this.accountsFile(accounts));
  }

  /** Resolves when the worker or the API exits. */
  exited(): Promise<unknown> {
    return this.stack.exited();
  }

  stop(): Promise<void> {
    return this.stack.stop();
  }

  /** Passwords are shown once, when made; the file keeps them for the demo's users. */
  private accountsFile(created: DemoAccount[]): string {
    const file = join(this.config.KEYSTONE_DATA_DIR, 'demo-accounts.json');
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
  Web app       http://localhost:${port}/
  API           http://localhost:${port}/api
  OpenAPI       http://localhost:${port}/api/docs
  Health        http://localhost:${port}/api/health
  Temporal UI   ${temporalUi}
  Accounts      ${accountsFile}
${accounts.map((a) => `    ${a.username.padEnd(36)} ${a.password.padEnd(12)} ${a.role}${a.department ? ` · ${a.department}` : ''}${a.leader ? ` · ${a.leader}` : ''}${a.ownerUnit ? ` · ${a.ownerUnit}` : ''}`).join('\n')}
`);
}
