import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each notice (通报) the office has issued: once per period, by whom and when, and how many group robots it went to. */
export class NoticesIssued1795998000000 implements MigrationInterface {
  name = 'NoticesIssued1795998000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notices_issued (
        period text PRIMARY KEY,
        issued_by text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        deliveries integer NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notices_issued`);
  }
}
