import type { CalendarYear } from './calendar-year';
import { BEIJING_OFFSET_MS, DAY_MS, fromDayNumber, isWeekendDayNumber, toDayNumber, yearOfDayNumber } from './calendar-dates';
import type { RegionalLayer } from './regional-layer';

export interface WorkingDayDeadline {
  /** The end of the last working day: 00:00 Beijing time of the following date. */
  dueAt: Date;
  /** The last working day, 'YYYY-MM-DD' in Beijing time. */
  dueDate: string;
  /** Years counted through that have no schedule, where Monday to Friday was assumed. */
  fallbackYears: number[];
  /** Years counted through whose schedule the State Council has not confirmed. */
  unconfirmedYears: number[];
}

/** Where a span of working days must start: see WorkingDayCalendar.countBackWorkingDays. */
export interface WorkingDayStart extends Pick<WorkingDayDeadline, 'fallbackYears' | 'unconfirmedYears'> {
  startDate: string;
}

/** Working days (工作日) in Beijing time: weekends and statutory holidays do not count, 调休 make-up days do. */
export class WorkingDayCalendar {
  private readonly confirmedByYear = new Map<number, boolean>();
  private readonly holidays = new Set<number>();
  private readonly makeUpWorkdays = new Set<number>();
  /**
   * The days where the schedule departs from Monday to Friday, in order: a holiday on a weekday takes one
   * working day away, a make-up workday on a weekend adds one. Counting through them instead of through
   * every day keeps a board row's days-left as cheap for a stage overdue since last year as for one due tomorrow.
   */
  private readonly exceptions: { days: number[]; runningTotal: number[] };

  constructor(years: CalendarYear[], layer?: RegionalLayer) {
    for (const year of years) this.addYear(year);
    if (layer) this.applyLayer(layer);
    this.exceptions = this.listExceptions();
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  localDate(instant: Date): string {
    return beijingDate(instant);
  }

  /**
   * Counting starts on the day after `from`'s local date, because the day a case is accepted does not count
   * (行政许可法 practice); the limit runs to the end of the last working day.
   */
  addWorkingDays(from: Date, days: number): WorkingDayDeadline {
    requireWorkingDays(days);
    let day = localDayNumber(from);
    const crossedYears = new Set<number>();
    for (let counted = 0; counted < days; ) {
      day += 1;
      crossedYears.add(yearOfDayNumber(day));
      if (this.isWorkingDayNumber(day)) counted += 1;
    }
    return {
      dueAt: new Date((day + 1) * DAY_MS - BEIJING_OFFSET_MS),
      dueDate: fromDayNumber(day),
      ...this.describeYears(crossedYears),
    };
  }

  /**
   * The latest date from which `days` working days run out by the end of `endDate`, counted as addWorkingDays
   * counts them (the starting day does not count): where a stage must start to be done by then. 倒排工期 counts
   * back from a planned date this way.
   */
  countBackWorkingDays(endDate: string, days: number): WorkingDayStart {
    requireWorkingDays(days);
    let day = toDayNumber(endDate);
    const crossedYears = new Set<number>();
    for (let counted = 0; counted < days; day -= 1) {
      crossedYears.add(yearOfDayNumber(day));
      if (this.isWorkingDayNumber(day)) counted += 1;
    }
    return { startDate: fromDayNumber(day), ...this.describeYears(crossedYears) };
  }

  /**
   * The number of working days d with localDate(from) < d <= localDate(to); 0 when `to` is not on a later local
   * date. With `from` a stage's deadline date, it says by how many working days the stage is over.
   */
  workingDaysBetween(from: Date, to: Date): number {
    const first = localDayNumber(from) + 1;
    const last = localDayNumber(to);
    if (last < first) return 0;
    return weekdaysThrough(last) - weekdaysThrough(first - 1) + this.exceptionsThrough(last) - this.exceptionsThrough(first - 1);
  }

  /**
   * Working days from `now` to a limit that ends at `dueAt` (a local midnight after its last working day):
   * positive while it runs, negative by how many it is over; 0 within the last working day itself.
   */
  workingDaysLeft(dueAt: Date, now: Date): number {
    const lastDay = new Date(dueAt.getTime() - 1);
    return now <= lastDay ? this.workingDaysBetween(now, lastDay) : -this.workingDaysBetween(lastDay, now);
  }

  yearsCovered(): number[] {
    return [...this.confirmedByYear.keys()].sort((a, b) => a - b);
  }

  hasYear(year: number): boolean {
    return this.confirmedByYear.has(year);
  }

  /** Working days gained (+) or lost (−) against Monday to Friday on days up to and including `day`. */
  private exceptionsThrough(day: number): number {
    const { days, runningTotal } = this.exceptions;
    let low = 0;
    let high = days.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (days[middle] <= day) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : runningTotal[low - 1];
  }

  private listExceptions(): { days: number[]; runningTotal: number[] } {
    const changes = [...new Set([...this.holidays, ...this.makeUpWorkdays])]
      .map((day) => ({ day, change: Number(this.isWorkingDayNumber(day)) - Number(!isWeekendDayNumber(day)) }))
      .filter(({ change }) => change !== 0)
      .sort((a, b) => a.day - b.day);
    let total = 0;
    return { days: changes.map(({ day }) => day), runningTotal: changes.map(({ change }) => (total += change)) };
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.holidays.has(day)) return false;
    if (this.makeUpWorkdays.has(day)) return true;
    return !isWeekendDayNumber(day);
  }

  private addYear(year: CalendarYear): void {
    if (!Number.isInteger(year.year)) throw new RangeError(`calendar year must be an integer, got ${year.year}`);
    // A changed schedule (as in 2020) replaces the year; two schedules for one year would be ambiguous.
    if (this.confirmedByYear.has(year.year)) throw new RangeError(`calendar year ${year.year} is given twice`);
    this.confirmedByYear.set(year.year, year.confirmed);
    for (const date of year.holidays) this.holidays.add(toDayNumber(date));
    for (const date of year.makeUpWorkdays) this.makeUpWorkdays.add(toDayNumber(date));
    const clash = [...this.makeUpWorkdays].find((day) => this.holidays.has(day));
    if (clash !== undefined) throw new RangeError(`${fromDayNumber(clash)} is both a holiday and a make-up workday`);
  }

  private applyLayer(layer: RegionalLayer): void {
    for (const date of layer.extraHolidays) this.holidays.add(toDayNumber(date));
    for (const date of layer.cancelledMakeUpWorkdays) this.makeUpWorkdays.delete(toDayNumber(date));
  }

  private describeYears(crossedYears: Set<number>): Pick<WorkingDayDeadline, 'fallbackYears' | 'unconfirmedYears'> {
    const sorted = [...crossedYears].sort((a, b) => a - b);
    return {
      fallbackYears: sorted.filter((year) => !this.confirmedByYear.has(year)),
      unconfirmedYears: sorted.filter((year) => this.confirmedByYear.get(year) === false),
    };
  }
}

function requireWorkingDays(days: number): void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a non-negative integer, got ${days}`);
}

/** Mondays to Fridays from day 0 (a Thursday) through `day`, by whole weeks and the days left over. */
function weekdaysThrough(day: number): number {
  const days = day + 1;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let next = weeks * 7; next <= day; next += 1) {
    if (!isWeekendDayNumber(next)) count += 1;
  }
  return count;
}

/** The date an instant falls on in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function beijingDate(instant: Date): string {
  return fromDayNumber(localDayNumber(instant));
}

function localDayNumber(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('not a valid instant');
  return Math.floor((time + BEIJING_OFFSET_MS) / DAY_MS);
}
