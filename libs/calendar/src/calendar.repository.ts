import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarYear, RegionalDay } from '@keystone/domain';

export interface StoredCalendarYear extends CalendarYear {
  updatedAt: Date;
  updatedBy: string;
}

/** Everything one process computes deadlines with, and the revision it was read at. */
export interface StoredCalendar {
  revision: number;
  years: StoredCalendarYear[];
  regionalDays: RegionalDay[];
}

// Dates leave PostgreSQL as text: node-postgres would turn a date into a Date at local midnight.
const YEARS = `
  SELECT year, holidays::text[] AS holidays, make_up_workdays::text[] AS "makeUpWorkdays", confirmed, source,
         updated_at AS "updatedAt", updated_by AS "updatedBy"
  FROM calendar_years ORDER BY year`;

const REGIONAL_DAYS = `
  SELECT date::text AS date, kind, note FROM calendar_regional_days
  WHERE region = $1 AND ($2::integer IS NULL OR date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31))
  ORDER BY date`;

/** The calendar tables. Every write bumps calendar_revision in the same transaction, which other processes poll. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async revision(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT revision FROM calendar_revision`);
    return row.revision;
  }

  // The revision is read before the data: a change committing in between is then seen again at the next check.
  async load(region: string | undefined): Promise<StoredCalendar> {
    const revision = await this.revision();
    const years: StoredCalendarYear[] = await this.dataSource.query(YEARS);
    return { revision, years, regionalDays: region ? await this.regionalDays(region) : [] };
  }

  regionalDays(region: string, year?: number): Promise<RegionalDay[]> {
    return this.dataSource.query(REGIONAL_DAYS, [region, year ?? null]);
  }

  async saveYear(year: CalendarYear, by: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO calendar_years (year, holidays, make_up_workdays, confirmed, source, updated_at, updated_by)
         VALUES ($1, $2::date[], $3::date[], $4, $5, now(), $6)
         ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, make_up_workdays = EXCLUDED.make_up_workdays,
           confirmed = EXCLUDED.confirmed, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [year.year, year.holidays, year.makeUpWorkdays, year.confirmed, year.source, by],
      );
      await recordCorrection(manager, [year.year]);
    });
  }

  /** The region's days in `year` become exactly `days`. */
  async replaceRegionalDays(region: string, year: number, days: RegionalDay[], by: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM calendar_regional_days WHERE region = $1 AND date BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)`, [region, year]);
      await manager.query(
        `INSERT INTO calendar_regional_days (region, date, kind, note, updated_by)
         SELECT $1, day.date, day.kind, day.note, $5 FROM unnest($2::date[], $3::text[], $4::text[]) AS day (date, kind, note)`,
        [region, days.map((day) => day.date), days.map((day) => day.kind), days.map((day) => day.note), by],
      );
      await recordCorrection(manager, [year]);
    });
  }
}

/** A new revision for other processes to reload, and the correction waiting to reach the projects it touches. */
async function recordCorrection(manager: EntityManager, years: number[]): Promise<void> {
  await manager.query(
    `WITH bumped AS (UPDATE calendar_revision SET revision = revision + 1, updated_at = now() RETURNING revision)
     INSERT INTO calendar_corrections (revision, years) SELECT revision, $1::integer[] FROM bumped`,
    [years],
  );
}
