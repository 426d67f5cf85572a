import { createHash } from 'node:crypto';
import { CalendarYear, RegionalLayer, WorkingDayCalendar, regionalLayer } from '@keystone/domain';
import type { StoredCalendar, StoredCalendarYear } from './calendar.repository';

/**
 * The calendar one process holds, built from one read of the tables. Its version is a hash of the data, so every
 * process holding the same data names it alike, and any change of a date, a confirmation or a source changes it.
 */
export class CalendarSnapshot {
  readonly calendar: WorkingDayCalendar;
  readonly version: string;
  private readonly layer?: RegionalLayer;

  constructor(
    private readonly stored: StoredCalendar,
    region: string | undefined,
  ) {
    this.layer = region === undefined ? undefined : regionalLayer(region, stored.regionalDays);
    this.calendar = new WorkingDayCalendar(stored.years, this.layer);
    const content = JSON.stringify({ years: stored.years.map(scheduleOf), layer: this.layer ?? null });
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

  /** The years whose national schedule or regional days differ from `previous`, in order. */
  changedYearsSince(previous: CalendarSnapshot): number[] {
    const changed = new Set<number>();
    const before = new Map(previous.years.map((year) => [year.year, JSON.stringify(scheduleOf(year))]));
    const after = new Map(this.years.map((year) => [year.year, JSON.stringify(scheduleOf(year))]));
    for (const year of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(year) !== after.get(year)) changed.add(year);
    }
    const regionalBefore = layerDays(previous.layer);
    const regionalAfter = layerDays(this.layer);
    for (const date of new Set([...regionalBefore.keys(), ...regionalAfter.keys()])) {
      if (regionalBefore.get(date) !== regionalAfter.get(date)) changed.add(Number(date.slice(0, 4)));
    }
    return [...changed].sort((a, b) => a - b);
  }
}

function scheduleOf({ year, holidays, makeUpWorkdays, confirmed, source }: CalendarYear): CalendarYear {
  return { year, holidays, makeUpWorkdays, confirmed, source };
}

function layerDays(layer: RegionalLayer | undefined): Map<string, string> {
  return new Map([
    ...(layer?.extraHolidays ?? []).map((date) => [date, 'extra-holiday'] as const),
    ...(layer?.cancelledMakeUpWorkdays ?? []).map((date) => [date, 'cancelled-make-up-day'] as const),
  ]);
}
