import { DataSource } from 'typeorm';
import { newEvents } from '../../test/new-events';
import { StoreTestDatabase } from '../../test/store-test-database';
import { LOG_START } from './log-position';
import { LogReader } from './log-reader';

describe('reading the log in transaction order', () => {
  let database: StoreTestDatabase;
  let dataSource: DataSource;

  const log = new LogReader();

  /** An event stamped with the given transaction id, as if that transaction had written it. */
  const insertAs = async (transactionId: string, streamId: string, type?: string, data: object = {}) => {
    const [event] = newEvents(1);
    await dataSource.query(
      `INSERT INTO events (transaction_id, event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
       VALUES ($1::xid8, $2, $3, 1, $4, 1, $5, '{"kind":"system","rule":"test"}', 'c', 'c', $6)`,
      [transactionId, event.eventId, streamId, type ?? event.type, JSON.stringify(data), event.occurredAt],
    );
  };

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await insertAs('1000', 'later-transaction');
    await insertAs('999', 'earlier-transaction');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('orders transaction ids as numbers, so a reader paging on from 1000 has already read 999', async () => {
    const first = await log.committedAfter(dataSource.manager, LOG_START, 1, '2000');
    const second = await log.committedAfter(dataSource.manager, first[0].position, 1, '2000');

    expect([...first, ...second].map(({ position, event }) => [position.transactionId, event.streamId])).toEqual([
      ['999', 'earlier-transaction'],
      ['1000', 'later-transaction'],
    ]);
  });

  it('gives times as JavaScript writes them, whatever the session’s time zone, sub-milliseconds cut off as a Date cuts them', async () => {
    await dataSource.query(`UPDATE events SET occurred_at = '2026-03-01T16:30:00Z', recorded_at = '2026-03-01T16:30:00.123987Z' WHERE stream_id = 'earlier-transaction'`);
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query(`SET TIME ZONE 'Asia/Shanghai'`);
      const [{ event }] = await log.committedAfter(runner.manager, LOG_START, 1, '2000');
      const [stored] = await runner.query(`SELECT occurred_at, recorded_at FROM events WHERE stream_id = 'earlier-transaction'`);

      expect([event.occurredAt, event.recordedAt]).toEqual(['2026-03-01T16:30:00.000Z', '2026-03-01T16:30:00.123Z']);
      expect([event.occurredAt, event.recordedAt]).toEqual([stored.occurred_at.toISOString(), stored.recorded_at.toISOString()]);
    } finally {
      await runner.release();
    }
  });

  it('leaves out of each event what no projection reads, for the types named and no other', async () => {
    const registration = { profile: { code: 'p', templateId: 'default' }, template: { id: 'default', stages: [{ stage: 'siting', tasks: [] }] } };
    await insertAs('1001', 'registered', 'ProjectRegistered', registration);
    await insertAs('1002', 'not-named', 'TaskAssigned', registration);
    const projectionsLog = new LogReader({ ProjectRegistered: [['template', 'stages']] });

    const read = await projectionsLog.committedAfter(dataSource.manager, { transactionId: '1000', globalPosition: '0' }, 10, '2000');

    expect(Object.fromEntries(read.map(({ event }) => [event.streamId, event.data]))).toEqual({
      'later-transaction': {},
      registered: { profile: registration.profile, template: { id: 'default' } },
      'not-named': registration,
    });
    const registered = read.find(({ event }) => event.streamId === 'registered')!.event.data as typeof registration;
    expect(() => registered.template.stages).toThrow('ProjectRegistered template.stages is left out of the log the projections read; take it out of their unread data');
  });

  it('refuses unread data that is not plain names, which it writes into its statement', () => {
    expect(() => new LogReader({ ProjectRegistered: [["template}'; DROP TABLE events; --"]] })).toThrow(/not a plain event type or key/);
  });
});
