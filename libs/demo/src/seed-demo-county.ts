import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { ConfigModule } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';
import { TemporalClientModule } from '@keystone/temporal';
import { DemoAccount, DemoCountySeeder } from './demo-county.seeder';
import { DemoModule } from './demo.module';

export interface DemoSeedOptions {
  /** Also register the demo projects and walk each to its stage; reference data and accounts alone otherwise. */
  projects: boolean;
}

/**
 * Seeds the demo county into the database and Temporal named by `env`; returns the accounts it created,
 * each with a fresh random password (none when already seeded).
 */
export async function seedDemoCounty(env: Record<string, string>, { projects }: DemoSeedOptions): Promise<DemoAccount[]> {
  @Module({ imports: [ConfigModule.forRoot(env), PersistenceModule, TemporalClientModule, DemoModule] })
  class DemoSeedModule {}
  const context = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error', 'warn'] });
  try {
    const seeder = context.get(DemoCountySeeder);
    await seeder.seedReferenceData();
    const accounts = await seeder.seedAccounts(() => randomBytes(9).toString('base64url'));
    if (projects) await seeder.seedProjects({ kind: 'user', userId: 'demo-seed', username: 'office', role: 'office' });
    return accounts;
  } finally {
    await context.close();
  }
}
