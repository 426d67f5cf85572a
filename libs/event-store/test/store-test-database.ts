import { randomBytes } from 'node:crypto';
import { runMigrations } from '@keystone/persistence';
import { createDatabase, dropDatabase } from '@keystone/stack';

/** A database of its own for one spec file, at the current schema, on the run's shared PostgreSQL server. */
export class StoreTestDatabase {
  private constructor(
    readonly url: string,
    private readonly name: string,
  ) {}

  static async create(): Promise<StoreTestDatabase> {
    const name = `keystone_store_${randomBytes(5).toString('hex')}`;
    const url = await createDatabase(serverUrl(), name);
    await runMigrations(url);
    return new StoreTestDatabase(url, name);
  }

  drop(): Promise<void> {
    return dropDatabase(serverUrl(), this.name);
  }
}

function serverUrl(): string {
  const url = process.env.KEYSTONE_TEST_SERVER_DATABASE_URL;
  if (!url) throw new Error('KEYSTONE_TEST_SERVER_DATABASE_URL is not set: run integration tests through jest\'s integration project');
  return url;
}
