import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each correction of the calendar, written in the transaction that changes it, until a worker has signalled
 * every project it may touch. A correction made while no worker runs, or whose signals failed, is still
 * propagated when a worker next can.
 */
export class CalendarCorrections1795993200000 implements MigrationInterface {
  name = 'CalendarCorrections1795993200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE calendar_corrections (
        revision bigint PRIMARY KEY,
        years integer[] NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        propagated_at timestamptz
      )`);
    await runner.query(`CREATE INDEX calendar_corrections_pending ON calendar_corrections (revision) WHERE propagated_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE calendar_corrections`);
  }
}
