import { MigrationInterface, QueryRunner } from 'typeorm';

/** GET /api/audit lists one user's events newest first; without this it scans the whole store. */
export class EventsActorIndex1795985404097 implements MigrationInterface {
  name = 'EventsActorIndex1795985404097';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX events_actor_username ON events ((actor->>'username'), global_position)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX IF EXISTS events_actor_username`);
  }
}
