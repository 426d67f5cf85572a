import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What read models must keep that later events would hide. On the board, the brightest alert of the open
 * stage's task limits (statutory, promised), so extending the stage re-arms its own light without hiding a task
 * limit already broken. In the task inbox, why a task was last returned for correction (退回补正), so the
 * officer taking it up after the owner resubmits sees what was asked. Rows already there gain them at
 * `rebuild-projections`.
 */
export class KeptLightAndReturnReason1795990800000 implements MigrationInterface {
  name = 'KeptLightAndReturnReason1795990800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_board ADD COLUMN task_light jsonb`);
    await runner.query(`ALTER TABLE task_inbox ADD COLUMN return_reason text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox DROP COLUMN return_reason`);
    await runner.query(`ALTER TABLE project_board DROP COLUMN task_light`);
  }
}
