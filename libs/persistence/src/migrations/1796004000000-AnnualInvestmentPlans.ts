import { MigrationInterface, QueryRunner } from 'typeorm';

/** 年度计划投资: each project's planned investment by year, built from `AnnualInvestmentPlanned`, for the notice's annual rate. */
export class AnnualInvestmentPlans1796004000000 implements MigrationInterface {
  name = 'AnnualInvestmentPlans1796004000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE annual_investment_plans (
        project_code text NOT NULL,
        year integer NOT NULL,
        amount numeric NOT NULL,
        planned_at timestamptz NOT NULL,
        PRIMARY KEY (project_code, year)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE annual_investment_plans`);
  }
}
