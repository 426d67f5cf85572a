import { MigrationInterface, QueryRunner } from 'typeorm';

export class EscalationReadModels1795986500000 implements MigrationInterface {
  name = 'EscalationReadModels1795986500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE project_board
        ADD COLUMN stage_clock_running boolean NOT NULL DEFAULT false,
        ADD COLUMN stage_alert_level text,
        ADD COLUMN light_explanation jsonb,
        ADD COLUMN suspended boolean NOT NULL DEFAULT false,
        ADD COLUMN suspension_reason text,
        ADD COLUMN open_problems integer NOT NULL DEFAULT 0`);
    await runner.query(`
      CREATE TABLE alerts (
        id text PRIMARY KEY,
        project_code text NOT NULL,
        project_name text NOT NULL,
        township text NOT NULL,
        leader text NOT NULL,
        clock_id text NOT NULL,
        subject jsonb NOT NULL,
        level text NOT NULL,
        recipients jsonb NOT NULL,
        recipient_codes text[] NOT NULL,
        status text NOT NULL,
        raised_at timestamptz NOT NULL,
        explanation jsonb NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by text,
        instructions jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX alerts_recipient_codes ON alerts USING gin (recipient_codes)`);
    await runner.query(`CREATE INDEX alerts_status_raised ON alerts (status, raised_at DESC)`);
    await runner.query(`CREATE INDEX alerts_project ON alerts (project_code)`);
    await runner.query(`
      CREATE TABLE problems (
        id text PRIMARY KEY,
        project_code text NOT NULL,
        project_name text NOT NULL,
        leader text NOT NULL,
        description text NOT NULL,
        responsible_unit text NOT NULL,
        rectification_deadline date NOT NULL,
        status text NOT NULL,
        raised_at timestamptz NOT NULL,
        closed_at timestamptz,
        closing_note text
      )`);
    await runner.query(`CREATE INDEX problems_project ON problems (project_code)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE problems`);
    await runner.query(`DROP TABLE alerts`);
    await runner.query(`
      ALTER TABLE project_board DROP COLUMN stage_clock_running, DROP COLUMN stage_alert_level, DROP COLUMN light_explanation,
        DROP COLUMN suspended, DROP COLUMN suspension_reason, DROP COLUMN open_problems`);
  }
}
