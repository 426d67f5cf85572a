import { MigrationInterface, QueryRunner } from 'typeorm';

export class StageDurations1795985428623 implements MigrationInterface {
  name = 'StageDurations1795985428623';

  // Built by the asynchronous projector from position zero on its first poll, so no backfill is needed here.
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stage_durations (
        project_code text NOT NULL,
        stage text NOT NULL,
        stage_name text NOT NULL,
        departments text[] NOT NULL DEFAULT '{}',
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        outcome text NOT NULL,
        clock_stopped_at timestamptz,
        stopped_seconds numeric(14, 3) NOT NULL DEFAULT 0,
        handling_seconds numeric(14, 3),
        PRIMARY KEY (project_code, stage)
      )`);
    await runner.query(`CREATE INDEX stage_durations_stage ON stage_durations (stage, closed_at)`);
    await runner.query(`CREATE INDEX stage_durations_departments ON stage_durations USING gin (departments)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS stage_durations`);
    await runner.query(`DELETE FROM projection_checkpoints WHERE projection = 'stage-durations'`);
  }
}
