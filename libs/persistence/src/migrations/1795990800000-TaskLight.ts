import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The brightest alert of the open stage's task limits (statutory, promised) on its board row, so that extending
 * the stage re-arms the stage's own light without hiding a task limit already broken. Rows already on the board
 * gain it at `rebuild-projections`.
 */
export class TaskLight1795990800000 implements MigrationInterface {
  name = 'TaskLight1795990800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_board ADD COLUMN task_light jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_board DROP COLUMN task_light`);
  }
}
