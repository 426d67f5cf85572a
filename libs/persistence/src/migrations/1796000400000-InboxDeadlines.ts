import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An inbox task keeps both limits that can make it urgent, its own promise and its stage's, and is due by the
 * earlier: a task resubmitted after a return resumes its promise while the stage's clock ran on for the others.
 */
export class InboxDeadlines1796000400000 implements MigrationInterface {
  name = 'InboxDeadlines1796000400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox ADD COLUMN promise_due_at timestamptz, ADD COLUMN stage_due_at timestamptz`);
    await runner.query(`
      UPDATE task_inbox t
         SET promise_due_at = CASE WHEN t.due_rule = 'promised' THEN t.due_at END,
             stage_due_at = CASE WHEN t.due_rule = 'stage' THEN t.due_at
                                 ELSE (SELECT b.stage_due_at FROM project_board b WHERE b.code = t.project_code AND b.current_stage = t.stage) END`);
    await runner.query(`
      UPDATE task_inbox
         SET due_at = LEAST(promise_due_at, stage_due_at),
             due_rule = CASE WHEN promise_due_at IS NOT NULL AND (stage_due_at IS NULL OR promise_due_at <= stage_due_at) THEN 'promised' ELSE 'stage' END`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox DROP COLUMN promise_due_at, DROP COLUMN stage_due_at`);
  }
}
