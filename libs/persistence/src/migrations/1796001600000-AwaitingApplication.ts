import { MigrationInterface, QueryRunner } from 'typeorm';

/** A board row names the application its stage waits for (竣工验收申请 while the works are built). */
export class AwaitingApplication1796001600000 implements MigrationInterface {
  name = 'AwaitingApplication1796001600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_board ADD COLUMN awaiting_application text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_board DROP COLUMN awaiting_application`);
  }
}
