import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 月报制度: on the board, each project's investment completed so far and the latest month reported; and each
 * month's report, for the monthly notice's sums by township. Both are built from `InvestmentReported` events.
 */
export class InvestmentReports1795996800000 implements MigrationInterface {
  name = 'InvestmentReports1795996800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_board ADD COLUMN investment_completed numeric NOT NULL DEFAULT 0`);
    await runner.query(`ALTER TABLE project_board ADD COLUMN investment_reported_month text`);
    await runner.query(`
      CREATE TABLE investment_reports (
        project_code text NOT NULL,
        month text NOT NULL,
        amount numeric NOT NULL,
        reported_at timestamptz NOT NULL,
        PRIMARY KEY (project_code, month)
      )`);
    await runner.query(`CREATE INDEX investment_reports_month ON investment_reports (month)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE investment_reports`);
    await runner.query(`ALTER TABLE project_board DROP COLUMN investment_reported_month`);
    await runner.query(`ALTER TABLE project_board DROP COLUMN investment_completed`);
  }
}
