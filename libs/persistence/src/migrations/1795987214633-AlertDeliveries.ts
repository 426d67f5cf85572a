import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertDeliveries1795987214633 implements MigrationInterface {
  name = 'AlertDeliveries1795987214633';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('dingtalk', 'wecom')),
        url text NOT NULL,
        secret text,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The id `${alertId}:${webhookId}` is the idempotency key: an alert is queued once per webhook, however often it is projected.
    await runner.query(`
      CREATE TABLE alert_deliveries (
        id text PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhooks (id),
        alert_id text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await runner.query(`CREATE INDEX alert_deliveries_webhook ON alert_deliveries (webhook_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE alert_deliveries`);
    await runner.query(`DROP TABLE webhooks`);
  }
}
