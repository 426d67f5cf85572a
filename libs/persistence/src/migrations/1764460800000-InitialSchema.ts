import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764460800000 implements MigrationInterface {
  name = 'InitialSchema1764460800000';

  async up(runner: QueryRunner): Promise<void> {
    // The event store. transaction_id lets readers stop below the oldest open transaction, so an
    // event that commits after a later position was read is never skipped.
    await runner.query(`
      CREATE TABLE events (
        global_position bigserial PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version > 0),
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        actor jsonb NOT NULL,
        correlation_id text NOT NULL,
        causation_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      )`);
    await runner.query(`CREATE INDEX events_transaction_order ON events (transaction_id, global_position)`);
    await runner.query(`
      CREATE TABLE projection_checkpoints (
        projection text PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT '0',
        global_position bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE project_board (
        code text PRIMARY KEY,
        name text NOT NULL,
        township text NOT NULL,
        project_type text NOT NULL,
        template_id text NOT NULL,
        total_investment numeric(14, 2) NOT NULL,
        owner_unit text NOT NULL,
        leader text NOT NULL,
        planned_start date NOT NULL,
        planned_completion date NOT NULL,
        status text NOT NULL,
        current_stage text,
        current_stage_name text,
        stages_closed integer NOT NULL DEFAULT 0,
        stage_opened_at timestamptz,
        stage_due_at timestamptz,
        stage_warn_at timestamptz,
        stage_second_level_at timestamptz,
        refusal_reason text,
        registered_at timestamptz NOT NULL,
        completed_at timestamptz,
        updated_at timestamptz NOT NULL,
        stream_version integer NOT NULL
      )`);
    for (const column of ['township', 'leader', 'status', 'current_stage']) {
      await runner.query(`CREATE INDEX project_board_${column} ON project_board (${column}, code)`);
    }
    await runner.query(`
      CREATE TABLE task_inbox (
        id text PRIMARY KEY,
        project_code text NOT NULL,
        project_name text NOT NULL,
        township text NOT NULL,
        leader text NOT NULL,
        stage text NOT NULL,
        task_key text NOT NULL,
        name text NOT NULL,
        department text NOT NULL,
        status text NOT NULL,
        assigned_at timestamptz NOT NULL,
        due_at timestamptz,
        decided_at timestamptz,
        last_comment text,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX task_inbox_department ON task_inbox (department, status, due_at)`);
    await runner.query(`CREATE INDEX task_inbox_project ON task_inbox (project_code)`);
    await this.createReferenceData(runner);
  }

  private async createReferenceData(runner: QueryRunner): Promise<void> {
    for (const table of ['townships', 'departments', 'owner_units']) {
      await runner.query(`CREATE TABLE ${table} (code text PRIMARY KEY, name text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())`);
    }
    await runner.query(`
      CREATE TABLE county_leaders (
        code text PRIMARY KEY,
        name text NOT NULL,
        title text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE project_templates (
        id text PRIMARY KEY,
        name text NOT NULL,
        project_type text NOT NULL,
        stages jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        department text REFERENCES departments (code),
        leader text REFERENCES county_leaders (code),
        owner_unit text REFERENCES owner_units (code),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['users', 'project_templates', 'county_leaders', 'owner_units', 'departments', 'townships', 'task_inbox', 'project_board', 'projection_checkpoints', 'events']) {
      await runner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
