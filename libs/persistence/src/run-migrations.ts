import { DataSource } from 'typeorm';
import { KEYSTONE_MIGRATIONS } from './keystone-migrations';

/** Brings a database to the current schema outside Nest (the launcher, the test harness). */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations: KEYSTONE_MIGRATIONS, migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
