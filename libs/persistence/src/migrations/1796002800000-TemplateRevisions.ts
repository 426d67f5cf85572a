import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each revision of a stage template keeps what it replaced, who revised it and when. */
export class TemplateRevisions1796002800000 implements MigrationInterface {
  name = 'TemplateRevisions1796002800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE project_template_revisions (
        revision bigserial PRIMARY KEY,
        template_id text NOT NULL REFERENCES project_templates (id),
        revised_by text NOT NULL,
        revised_at timestamptz NOT NULL DEFAULT now(),
        previous jsonb NOT NULL
      )`);
    await runner.query(`CREATE INDEX project_template_revisions_by ON project_template_revisions (revised_by)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE project_template_revisions`);
  }
}
