import { Test, TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newEvents } from '../test/new-events';
import { RecordingProjection } from '../test/recording-projection';
import { StoreTestDatabase } from '../test/store-test-database';
import { EventStoreModule } from './event-store.module';
import { EventStore } from './event-store.service';
import { StreamVersionConflictError } from './stream-version-conflict.error';

describe('EventStore.append on PostgreSQL', () => {
  let database: StoreTestDatabase;
  let moduleRef: TestingModule;
  let store: EventStore;
  let dataSource: DataSource;

  const storedIds = async (streamId: string): Promise<string[]> =>
    (await dataSource.query(`SELECT event_id FROM events WHERE stream_id = $1 ORDER BY stream_version`, [streamId])).map((row: { event_id: string }) => row.event_id);

  const storeModule = (connections: number, env: Record<string, string> = {}): Promise<TestingModule> =>
    Test.createTestingModule({
      imports: [
        ...database.modules(env, connections),
        EventStoreModule.withInlineProjections([RecordingProjection]),
      ],
    }).compile();

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    moduleRef = await storeModule(12);
    store = moduleRef.get(EventStore);
    dataSource = moduleRef.get(DataSource);
    await RecordingProjection.createTable(dataSource);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('stores an append retried by an activity once, and answers the retry with the stored events', async () => {
    const streamId = `retried-${randomUUID()}`;
    const input = { streamId, expectedVersion: 0, events: newEvents(3) };

    const first = await store.append(input);
    const retry = await store.append(input);

    expect(retry).toEqual(first);
    expect(first.map((event) => event.streamVersion)).toEqual([1, 2, 3]);
    expect(await storedIds(streamId)).toEqual(input.events.map((event) => event.eventId));
    const recorded = await RecordingProjection.recorded(dataSource);
    expect(recorded.filter((id) => input.events.some((event) => event.eventId === id))).toHaveLength(3);
  });

  it('refuses a retry whose events were stored at other versions than it expects', async () => {
    const streamId = `moved-${randomUUID()}`;
    const events = newEvents(1);
    await store.append({ streamId, expectedVersion: 0, events });

    await expect(store.append({ streamId, expectedVersion: 1, events })).rejects.toBeInstanceOf(StreamVersionConflictError);
  });

  it('lets exactly one of many concurrent appends at the same expected version win', async () => {
    const streamId = `contested-${randomUUID()}`;
    await store.append({ streamId, expectedVersion: 0, events: newEvents(1) });
    const contenders = Array.from({ length: 8 }, () => newEvents(2));

    const outcomes = await Promise.allSettled(contenders.map((events) => store.append({ streamId, expectedVersion: 1, events })));

    const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [contenders[index]] : []));
    const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(7);
    for (const error of losers) expect(error).toBeInstanceOf(StreamVersionConflictError);
    const stored = await storedIds(streamId);
    expect(stored.slice(1)).toEqual(winners[0].map((event) => event.eventId));
    const recorded = new Set(await RecordingProjection.recorded(dataSource));
    expect(contenders.flat().filter((event) => recorded.has(event.eventId))).toEqual(winners[0]);
  });

  it.each([
    ['prepares', {}, 1],
    ['does not prepare, when DATABASE_PREPARED_STATEMENTS is false,', { DATABASE_PREPARED_STATEMENTS: 'false' }, 0],
  ])('%s the statements an append repeats on its connection, once however many appends', async (_, env, perStatement) => {
    const single = await storeModule(1, env);
    try {
      const streamId = `prepared-${randomUUID()}`;
      for (let version = 0; version < 3; version += 1) await single.get(EventStore).append({ streamId, expectedVersion: version, events: newEvents(1) });
      const prepared: { name: string }[] = await single.get(DataSource).query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'keystone-%'`);
      expect(prepared).toHaveLength(perStatement);
      expect(await storedIds(streamId)).toHaveLength(3);
    } finally {
      await single.close();
    }
  });
});
