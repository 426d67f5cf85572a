import { MessageEvent } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { firstValueFrom, lastValueFrom, Observable, filter, toArray } from 'rxjs';
import { ConfigModule } from '@keystone/config';
import { UserActor } from '@keystone/domain';
import { StoreTestDatabase } from '../../../event-store/test/store-test-database';
import { LIVE_CHANNEL } from '../read-models/live-notifications.projection';
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
        ConfigModule.forRoot({ DATABASE_URL: database.url, JWT_SECRET: 'x'.repeat(32) }),
        TypeOrmModule.forRoot({ type: 'postgres', url: database.url, logging: false }),
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

  it('ends every open stream on shutdown, stops listening and releases its connection', async () => {
    const stream = lastValueFrom(moduleRef.get(LiveEventStream).for(office).pipe(toArray()));
    await moduleRef.close();
    expect(await stream).toEqual([{ comment: 'connected' }]);
    expect(await released()).toBe(true);
  });
});
