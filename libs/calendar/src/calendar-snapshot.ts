import { createHash } from 'node:crypto';
import { CalendarYear, WorkingDayCalendar, regionalLayer } from '@keystone/domain';
import type { StoredCalendar, StoredCalendarYear } from './calendar.repository';

/**
 * The calendar one process holds, built from one read of the tables. Its version is a hash of the data, so every
 * process holding the same data names it alike, and any change of a date, a confirmation or a source changes it.
 */
export class CalendarSnapshot {
  readonly calendar: WorkingDayCalendar;
  readonly version: string;

  constructor(
    private readonly stored: StoredCalendar,
    region: string | undefined,
  ) {
    const layer = region === undefined ? undefined : regionalLayer(region, stored.regionalDays);
    this.calendar = new WorkingDayCalendar(stored.years, layer);
    const content = JSON.stringify({ years: stored.years.map(scheduleOf), layer: layer ?? null });
    this.version = `calendar-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`;
  }

  get revision(): number {
    return this.stored.revision;
  }

  get years(): StoredCalendarYear[] {
    return this.stored.years;
  }

  year(year: number): StoredCalendarYear | undefined {
    return this.stored.years.find((candidate) => candidate.year === year);
  }
}

function scheduleOf({ year, holidays, makeUpWorkdays, confirmed, source }: CalendarYear): CalendarYear {
  return { year, holidays, makeUpWorkdays, confirmed, source };
}
