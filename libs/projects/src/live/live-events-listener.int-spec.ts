import { MessageEvent } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { firstValueFrom, lastValueFrom, Observable, filter, take, toArray } from 'rxjs';
import { UserActor } from '@keystone/domain';
import { StoreTestDatabase } from '../../../event-store/test/store-test-database';
import { LIVE_CHANNEL } from './live-events-listener.service';
import { LiveEventStream } from './live-event-stream.service';
import { LiveEventsModule } from './live-events.module';

const office: UserActor = { kind: 'user', userId: 'u-office', username: 'office', role: 'office' };

describe('the live events listener', () => {
  let database: StoreTestDatabase;
  let moduleRef: TestingModule;
  let observer: Client;

  const listeners = async (): Promise<number> =>
    (await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = $1`, [`LISTEN ${LIVE_CHANNEL}`])).rows[0].n;

  /** The server notices a closed connection a moment after the client has gone. */
  const released = async (): Promise<boolean> => {
    for (let poll = 0; poll < 40 && (await listeners()) > 0; poll++) await new Promise((resolve) => setTimeout(resolve, 50));
    return (await listeners()) === 0;
  };

  const changesOf = (stream: Observable<MessageEvent>) => stream.pipe(filter((event) => event.data !== undefined));

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    moduleRef = await Test.createTestingModule({
      imports: [
        ...database.modules(),
        LiveEventsModule,
      ],
    }).compile();
    await moduleRef.init();
    observer = new Client({ connectionString: database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await moduleRef?.close();
    await database?.drop();
  });

  it('holds one connection listening, and fans each committed change out to every open stream', async () => {
    expect(await listeners()).toBe(1);
    const live = moduleRef.get(LiveEventStream);
    const first = firstValueFrom(changesOf(live.for(office)));
    const second = firstValueFrom(changesOf(live.for(office)));
    const change = { projectCode: '2026-341521-48-01-000001', globalPosition: '42', types: ['StageOpened'] };
    await observer.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(change)]);
    expect(await Promise.all([first, second])).toEqual([{ data: change }, { data: change }]);
  });

  it('hears each append from the events table once it commits, and nothing from an insert that adds no event', async () => {
    const code = '2026-341521-48-01-000002';
    const append = (ids: string[], types: string[]) =>
      observer.query(
        `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
         SELECT id, $2, ordinality, type, 1, '{}', '{"kind":"system","rule":"test"}', 'c', 'c', now()
           FROM unnest($1::uuid[], $3::text[]) WITH ORDINALITY AS appended (id, type, ordinality)
         ON CONFLICT (event_id) DO NOTHING`,
        [ids, code, types],
      );
    const ids = ['7d4f5c1e-0000-4000-8000-000000000001', '7d4f5c1e-0000-4000-8000-000000000002'];
    const heard = lastValueFrom(changesOf(moduleRef.get(LiveEventStream).for(office)).pipe(take(2), toArray()));

    await observer.query('BEGIN');
    await append(ids, ['TaskDecided', 'StageOpened']);
    await append([ids[0]], ['TaskDecided']);
    await observer.query('COMMIT');
    await append(ids, ['TaskDecided', 'StageOpened']);
    await observer.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify({ projectCode: 'marker', globalPosition: '0', types: [] })]);

    const [{ position }] = (await observer.query(`SELECT max(global_position)::text AS position FROM events WHERE stream_id = $1`, [code])).rows;
    expect((await heard).map(({ data }) => data)).toEqual([
      { projectCode: code, globalPosition: position, types: ['StageOpened', 'TaskDecided'] },
      { projectCode: 'marker', globalPosition: '0', types: [] },
    ]);
  });

  it('ends every open stream on shutdown, stops listening and releases its connection', async () => {
    const stream = lastValueFrom(moduleRef.get(LiveEventStream).for(office).pipe(toArray()));
    await moduleRef.close();
    expect(await stream).toEqual([{ comment: 'connected' }]);
    expect(await released()).toBe(true);
  });
});
