import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { ConfigModule } from '@keystone/config';
import { ProjectionRebuilder, ProjectionsModule } from '@keystone/event-store';
import { PersistenceModule } from '@keystone/persistence';
import { PROJECT_PROJECTIONS } from '@keystone/projects';
import { perSecond } from '../measure/latency';
import { PhaseProgress } from '../measure/phase-progress';
import { copyIn, copyOut } from '../rebuild/pg-copy';
import { BenchContext } from './bench-context';

/**
 * Figure 5: every read model rebuilt from position zero by the rebuild service operators run, against
 * PostgreSQL copying the same events out and into a scratch table: the floor for moving those rows.
 */
export async function measureRebuild({ env, results }: BenchContext): Promise<void> {
  const { rows } = await env.db.query(`SELECT count(*)::int AS count FROM events`);
  const progress = PhaseProgress.start('5 projection rebuild', rows[0].count, 'events');
  const rebuilt = await rebuild(env.keystone.env, progress);
  const copied = await copyEvents(env.keystone.env.DATABASE_URL);
  const rebuildRate = perSecond(rebuilt.events, rebuilt.millis);
  const copyRate = perSecond(copied.events, copied.millis);
  results.add(
    { key: 'rebuild.events', section: 'rebuild', label: 'events replayed', unit: 'count', keystone: rebuilt.events, bare: copied.events },
    { key: 'rebuild.rate', section: 'rebuild', label: 'events per second (bare: COPY out and in)', unit: 'events/s', keystone: rebuildRate, bare: copyRate },
  );
  progress.done(`${rebuilt.events} events at ${rebuildRate.toFixed(0)}/s (COPY ${copyRate.toFixed(0)}/s)`);
}

async function rebuild(env: Record<string, string>, progress: PhaseProgress): Promise<{ events: number; millis: number }> {
  @Module({ imports: [ConfigModule.forRoot(env), PersistenceModule, ProjectionsModule.register({ ...PROJECT_PROJECTIONS, poll: false })] })
  class RebuildModule {}
  const context = await NestFactory.createApplicationContext(RebuildModule, { logger: ['error'] });
  try {
    let replayed = 0;
    return await context.get(ProjectionRebuilder).rebuild((step) => {
      progress.setTotal(step.total);
      progress.tick(step.replayed - replayed);
      replayed = step.replayed;
    });
  } finally {
    await context.close();
  }
}

async function copyEvents(databaseUrl: string): Promise<{ events: number; millis: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_events_copy (LIKE events)`);
    const started = performance.now();
    const data = await copyOut(client, `COPY events TO STDOUT`);
    await copyIn(client, `COPY bench_events_copy FROM STDIN`, data);
    const millis = performance.now() - started;
    const { rows } = await client.query(`SELECT count(*)::int AS count FROM bench_events_copy`);
    return { events: rows[0].count, millis };
  } finally {
    await client.query(`DROP TABLE IF EXISTS bench_events_copy`);
    await client.end();
  }
}
