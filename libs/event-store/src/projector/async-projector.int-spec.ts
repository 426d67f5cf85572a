import { Test, TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { caughtUp } from '../../test/caught-up';
import { newEvents } from '../../test/new-events';
import { RecordingProjection } from '../../test/recording-projection';
import { StoreTestDatabase } from '../../test/store-test-database';
import { ProjectionsModule } from '../projections.module';
import { AsyncProjector } from './async-projector.service';

const BATCH_SIZE = 2;

describe('the asynchronous projector', () => {
  let database: StoreTestDatabase;
  let moduleRef: TestingModule;
  let projector: AsyncProjector;
  let projection: RecordingProjection;
  let dataSource: DataSource;
  const writers: Client[] = [];

  /** A connection of its own, to hold a transaction open while others commit. */
  const writer = async (): Promise<Client> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    writers.push(client);
    return client;
  };

  const insertEvent = async (client: Client, streamId: string): Promise<string> => {
    const [event] = newEvents(1);
    await client.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
       VALUES ($1, $2, 1, $3, 1, '{}', '{"kind":"system","rule":"test"}', 'c', 'c', $4)`,
      [event.eventId, streamId, event.type, event.occurredAt],
    );
    return event.eventId;
  };

  const checkpoint = async () =>
    (await dataSource.query(`SELECT transaction_id::text AS tx, global_position::text AS position FROM projection_checkpoints WHERE projection = 'recording'`))[0];

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    moduleRef = await Test.createTestingModule({
      imports: [
        ...database.modules({ PROJECTOR_BATCH_SIZE: String(BATCH_SIZE) }),
        ProjectionsModule.register({ inline: [], async: [RecordingProjection], poll: false }),
      ],
    }).compile();
    projector = moduleRef.get(AsyncProjector);
    projection = moduleRef.get(RecordingProjection);
    dataSource = moduleRef.get(DataSource);
    await RecordingProjection.createTable(dataSource);
  });

  afterEach(async () => {
    projection.failOn = undefined;
    await caughtUp(projector);
  });

  afterAll(async () => {
    await Promise.all(writers.map((client) => client.end()));
    await moduleRef?.close();
    await database?.drop();
  });

  it('still applies an event whose transaction commits after a later event was read', async () => {
    const [slow, fast] = [await writer(), await writer()];
    await slow.query('BEGIN');
    const early = await insertEvent(slow, 'slow-stream');
    await fast.query('BEGIN');
    const later = await insertEvent(fast, 'fast-stream');
    await fast.query('COMMIT');

    await projector.catchUp();
    const whileOpen = await RecordingProjection.recorded(dataSource);
    await slow.query('COMMIT');
    await caughtUp(projector);

    expect(whileOpen).not.toContain(early);
    expect(whileOpen).not.toContain(later);
    expect(await RecordingProjection.recorded(dataSource)).toEqual(expect.arrayContaining([early, later]));
  });

  it('applies events in batches until the settled end of the log', async () => {
    const client = await writer();
    const ids = [];
    for (let index = 0; index < 2 * BATCH_SIZE + 1; index += 1) ids.push(await insertEvent(client, `batched-${index}`));

    const applied = await caughtUp(projector);

    expect(applied).toBe(ids.length);
    expect(await RecordingProjection.recorded(dataSource)).toEqual(expect.arrayContaining(ids));
    expect(await projector.lag()).toEqual([{ projection: 'recording', behind: 0 }]);
  });

  it('moves its checkpoint with the read model in one transaction, or neither', async () => {
    const client = await writer();
    const before = await checkpoint();
    const failing = await insertEvent(client, 'failing-stream');
    projection.failOn = failing;

    await expect(caughtUp(projector)).rejects.toThrow(`cannot project ${failing}`);

    expect(await checkpoint()).toEqual(before);
    expect(await RecordingProjection.recorded(dataSource)).not.toContain(failing);
    expect(await projector.lag()).toEqual([{ projection: 'recording', behind: 1 }]);
  });

  it('applies each event once when two projectors catch up at the same time', async () => {
    const client = await writer();
    const ids = [];
    for (let index = 0; index < 3 * BATCH_SIZE; index += 1) ids.push(await insertEvent(client, `contended-${index}`));

    const applied = await Promise.all([projector.catchUp(), projector.catchUp()]);
    const rest = await caughtUp(projector);

    expect(applied[0] + applied[1] + rest).toBe(ids.length);
    expect(await RecordingProjection.recorded(dataSource)).toEqual(expect.arrayContaining(ids));
  });
});
