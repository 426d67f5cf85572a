import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which limit an inbox task's due time is: its stage's, or the task's own promise (承诺时限) where the
 * county published one. Tasks already in the inbox keep their stage's limit until `rebuild-projections`.
 */
export class TaskDueRule1795988400000 implements MigrationInterface {
  name = 'TaskDueRule1795988400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox ADD COLUMN due_rule text NOT NULL DEFAULT 'stage' CHECK (due_rule IN ('stage', 'promised'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox DROP COLUMN due_rule`);
  }
}
