import { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { ConfigModule } from '@keystone/config';
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

  /** The settings and the TypeORM connection a spec's module needs to use this database; `env` adds settings. */
  modules(env: Record<string, string> = {}, connections?: number): DynamicModule[] {
    return [
      ConfigModule.forRoot({ DATABASE_URL: this.url, JWT_SECRET: 'x'.repeat(32), ...env }),
      TypeOrmModule.forRoot({ type: 'postgres', url: this.url, logging: false, ...(connections ? { extra: { max: connections } } : {}) }),
    ];
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
