import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { ConfigModule } from '@keystone/config';
import { DemoAccount, DemoCountySeeder, DemoModule } from '@keystone/demo';
import { PersistenceModule } from '@keystone/persistence';
import { TemporalClientModule } from '@keystone/temporal';

/** Seeds the demo county on a first start; returns the accounts it created (none when already seeded). */
export async function seedDemoCounty(env: Record<string, string>): Promise<DemoAccount[]> {
  @Module({ imports: [ConfigModule.forRoot(env), PersistenceModule, TemporalClientModule, DemoModule] })
  class DemoSeedModule {}
  const context = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error', 'warn'] });
  try {
    const seeder = context.get(DemoCountySeeder);
    await seeder.seedReferenceData();
    const accounts = await seeder.seedAccounts(() => randomBytes(9).toString('base64url'));
    await seeder.seedProjects({ kind: 'user', userId: 'demo-seed', username: 'office', role: 'office' });
    return accounts;
  } finally {
    await context.close();
  }
}
