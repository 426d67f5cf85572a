import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@keystone/config';
import { toDomainEvent, toNewEvent } from '@keystone/contracts';
import { ProjectState, decide, fold, systemActor } from '@keystone/domain';
import { PersistenceModule } from '@keystone/persistence';
import { StoreTestDatabase } from '../../../event-store/test/store-test-database';
import { sampleProfile, sampleTemplate } from '../../../domain/test/project-fixtures';
import { ProjectActivitiesModule } from './project-activities.module';
import { ProjectActivitiesService } from './project.activities';

describe('appending a command with the follow-ups it sets off', () => {
  let database: StoreTestDatabase;
  let context: INestApplicationContext;
  let activities: ProjectActivitiesService;

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    @Module({ imports: [ConfigModule.forRoot({ DATABASE_URL: database.url, JWT_SECRET: randomBytes(32).toString('hex'), DATABASE_POOL_SIZE: '2' }), PersistenceModule, ProjectActivitiesModule] })
    class ActivitiesTestModule {}
    context = await NestFactory.createApplicationContext(ActivitiesTestModule, { logger: ['error'], abortOnError: false });
    activities = context.get(ProjectActivitiesService);
  });

  afterAll(async () => {
    await context?.close();
    await database?.drop();
  });

  const registration = (code: string) => {
    const at = '2026-03-02T01:00:00.000Z';
    const template = sampleTemplate();
    template.stages[0].tasks[0].promisedLimit = { workingDays: 2 };
    const events = decide(undefined, { type: 'RegisterProject', profile: sampleProfile(code), template, at });
    const origin = { actor: systemActor('test'), occurredAt: at, correlationId: `register:${code}`, causationId: randomUUID() };
    return { streamId: code, expectedVersion: 0, events: events.map((event) => toNewEvent(event, randomUUID(), origin)), at, correlationId: origin.correlationId };
  };

  it('opens the first stage with its clocks planned on the calendar, in the same append', async () => {
    const input = registration('2026-341521-48-01-300001');
    const followUps = await activities.appendAndSettle(input);
    expect(followUps.map((event) => event.type)).toEqual(['StageOpened', 'TaskAssigned']);
    expect(followUps.every((event) => event.actor.kind === 'system' && event.correlationId === input.correlationId)).toBe(true);
    const state = fold([...input.events, ...followUps].map(toDomainEvent)) as ProjectState;
    expect(state.currentStage).toBe('siting');
    expect(state.clocks.map((clock) => clock.id)).toEqual(['stage-siting', 'promised-siting-main']);
    // Ten working days after Monday 2 March 2026 (the day of acceptance does not count) end with Monday 16 March, Beijing time.
    expect(state.stages[0].deadline.dueAt).toBe('2026-03-16T16:00:00.000Z');
  });

  it('writes nothing twice when the activity is retried, and answers with what was stored', async () => {
    const input = registration('2026-341521-48-01-300002');
    const first = await activities.appendAndSettle(input);
    const retried = await activities.appendAndSettle(input);
    expect(retried.map((event) => event.eventId)).toEqual(first.map((event) => event.eventId));
    const [{ count }] = await context.get(DataSource).query(`SELECT count(*)::int AS count FROM events WHERE stream_id = $1`, [input.streamId]);
    expect(count).toBe(input.events.length + first.length);
  });
});
