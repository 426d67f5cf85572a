import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each append announces itself on the `keystone_events` channel from a statement trigger on the events
 * table, instead of a `pg_notify` statement of its own: one round trip less per change, and nothing can
 * append without announcing. NOTIFY is delivered when the transaction commits, so a page never hears of a
 * change it cannot read yet; an append that inserts nothing (an idempotent retry) announces nothing.
 */
export class LiveChangeTrigger1795989600000 implements MigrationInterface {
  name = 'LiveChangeTrigger1795989600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION announce_appended_events() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        change jsonb;
      BEGIN
        SELECT jsonb_build_object('projectCode', min(stream_id), 'globalPosition', max(global_position)::text, 'types', jsonb_agg(DISTINCT type))
          INTO change FROM appended HAVING count(*) > 0;
        IF change IS NOT NULL THEN
          PERFORM pg_notify('keystone_events', change::text);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER events_announce_appended AFTER INSERT ON events
        REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION announce_appended_events()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER events_announce_appended ON events`);
    await runner.query(`DROP FUNCTION announce_appended_events()`);
  }
}
