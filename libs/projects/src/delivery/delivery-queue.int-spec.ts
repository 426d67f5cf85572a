import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoreTestDatabase } from '../../../event-store/test/store-test-database';
import { DeliveryQueue } from './delivery-queue.repository';

const MINUTE = 60_000;

describe('the delivery queue, as several workers share it', () => {
  let database: StoreTestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let queue: DeliveryQueue;
  let webhookId: string;

  const enqueue = async (...alertIds: string[]): Promise<void> => {
    for (const alertId of alertIds) {
      await dataSource.query(`INSERT INTO alert_deliveries (id, webhook_id, alert_id, payload) VALUES ($1, $2, $3, '{}')`, [`${alertId}:${webhookId}`, webhookId, alertId]);
    }
  };

  const row = async (alertId: string) =>
    (await dataSource.query(`SELECT status, attempts, last_error, next_attempt_at > now() AS later FROM alert_deliveries WHERE alert_id = $1`, [alertId]))[0];

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    moduleRef = await Test.createTestingModule({
      imports: [TypeOrmModule.forRoot({ type: 'postgres', url: database.url, logging: false })],
      providers: [DeliveryQueue],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    queue = moduleRef.get(DeliveryQueue);
    [{ id: webhookId }] = await dataSource.query(`INSERT INTO webhooks (name, kind, url, secret) VALUES ('robot', 'dingtalk', 'http://127.0.0.1:9/robot', 'SEC1') RETURNING id`);
  });

  afterEach(() => dataSource.query(`DELETE FROM alert_deliveries`));

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('skips deliveries another worker holds rather than waiting for them, and hands out each due one once', async () => {
    await enqueue('a', 'b', 'c', 'd');
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT id FROM alert_deliveries WHERE alert_id IN ('a', 'b') FOR UPDATE`);
      const claimed = await queue.claimDue(10, MINUTE);
      expect(claimed.map((claim) => claim.id.split(':')[0]).sort()).toEqual(['c', 'd']);
      expect(claimed[0]).toMatchObject({ webhookId, kind: 'dingtalk', secret: 'SEC1', attempts: 1 });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const [first, second] = await Promise.all([queue.claimDue(1, MINUTE), queue.claimDue(1, MINUTE)]);
    expect([...first, ...second].map((claim) => claim.id.split(':')[0]).sort()).toEqual(['a', 'b']);
    expect(await queue.claimDue(10, MINUTE)).toEqual([]);
  });

  it('leases a claim: it comes back only when the lease ends, and the earlier claim can no longer record an outcome', async () => {
    await enqueue('e');
    const [stale] = await queue.claimDue(10, 0);
    const [current] = await queue.claimDue(10, MINUTE);
    expect(current.attempts).toBe(2);
    await queue.markDelivered(stale);
    expect(await row('e')).toMatchObject({ status: 'pending', attempts: 2 });
    await queue.markDelivered(current);
    expect(await row('e')).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('reschedules a refused delivery for later, and fails one given up', async () => {
    await enqueue('f', 'g');
    const claims = await queue.claimDue(10, 0);
    await queue.reschedule(claims.find((claim) => claim.id.startsWith('f:'))!, 'HTTP 500: down', MINUTE);
    await queue.giveUp(claims.find((claim) => claim.id.startsWith('g:'))!, 'errcode 310000: sign not match');
    expect(await row('f')).toEqual({ status: 'pending', attempts: 1, last_error: 'HTTP 500: down', later: true });
    expect(await row('g')).toMatchObject({ status: 'failed', last_error: 'errcode 310000: sign not match' });
    expect(await queue.claimDue(10, MINUTE)).toEqual([]);
  });
});
