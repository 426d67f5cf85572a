import { MigrationInterface, QueryRunner } from 'typeorm';
import { officialCalendarYears } from '@keystone/calendar';

export class CalendarData1795985304412 implements MigrationInterface {
  name = 'CalendarData1795985304412';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE calendar_years (
        year integer PRIMARY KEY,
        holidays date[] NOT NULL,
        make_up_workdays date[] NOT NULL,
        confirmed boolean NOT NULL,
        source text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE calendar_regional_days (
        region text NOT NULL,
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('extra-holiday', 'cancelled-make-up-day')),
        note text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (region, date)
      )`);
    // Every change bumps this row in its own transaction, so other processes notice a change with one cheap read;
    // a max(updated_at) could miss a transaction that commits after a later one.
    await runner.query(`
      CREATE TABLE calendar_revision (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        revision integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`INSERT INTO calendar_revision (revision) VALUES (1)`);
    // A fresh install starts with every year the State Council has published; later years are the operator's.
    for (const year of officialCalendarYears()) {
      await runner.query(
        `INSERT INTO calendar_years (year, holidays, make_up_workdays, confirmed, source, updated_by) VALUES ($1, $2::date[], $3::date[], $4, $5, 'migration')`,
        [year.year, year.holidays, year.makeUpWorkdays, year.confirmed, year.source],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['calendar_revision', 'calendar_regional_days', 'calendar_years']) {
      await runner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
