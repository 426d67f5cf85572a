import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why an inbox task was last returned for correction (退回补正), kept after the owner resubmits so the officer
 * who takes it up again sees what was asked. Tasks already in the inbox gain it at `rebuild-projections`.
 */
export class TaskReturnReason1795992000000 implements MigrationInterface {
  name = 'TaskReturnReason1795992000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox ADD COLUMN return_reason text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE task_inbox DROP COLUMN return_reason`);
  }
}
