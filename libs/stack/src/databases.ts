import { Client } from 'pg';

const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;
// Postgres silently truncates longer identifiers, which would make the returned URL point elsewhere.
const MAX_IDENTIFIER_LENGTH = 63;

export async function createDatabase(serverUrl: string, name: string, options: { ifMissing?: boolean } = {}): Promise<string> {
  assertDatabaseName(name);
  await withClient(serverUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (options.ifMissing && exists.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  await withClient(serverUrl, async (client) => {
    // FORCE terminates the sessions still connected to it, which would otherwise make the drop fail.
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name) || name.length > MAX_IDENTIFIER_LENGTH) {
    throw new Error(
      `Invalid database name "${name}": use at most ${MAX_IDENTIFIER_LENGTH} characters matching ${DATABASE_NAME}`,
    );
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient(url: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
