import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each chase (催报) of a month's late investment reports: at most one a day a month, by whom, about how many projects, to how many robots. */
export class InvestmentReportChases1795999200000 implements MigrationInterface {
  name = 'InvestmentReportChases1795999200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE investment_report_chases (
        month text NOT NULL,
        chased_on date NOT NULL,
        chased_by text NOT NULL,
        chased_at timestamptz NOT NULL DEFAULT now(),
        projects integer NOT NULL,
        deliveries integer NOT NULL,
        PRIMARY KEY (month, chased_on)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE investment_report_chases`);
  }
}
