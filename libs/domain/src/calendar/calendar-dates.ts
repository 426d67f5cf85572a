/** Calendar dates ('YYYY-MM-DD', Beijing time) as day numbers, days since 1970-01-01, so date arithmetic never meets a clock. */
export const DAY_MS = 86_400_000;
// China has kept UTC+8 all year round since 1991, so a fixed offset gives the local date without a zone database.
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toDayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const dayNumber = ISO_DATE.test(date) ? Date.UTC(year, month - 1, day) / DAY_MS : NaN;
  if (Number.isNaN(dayNumber) || fromDayNumber(dayNumber) !== date) {
    throw new RangeError(`not a calendar date: '${date}'`);
  }
  return dayNumber;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** Day 0, 1970-01-01, was a Thursday. */
const WEEKDAY_OF_DAY_ZERO = 4;

/** Sunday 0 to Saturday 6, by arithmetic: calendar loops ask it for every day they count (board rows, deadlines). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + WEEKDAY_OF_DAY_ZERO) % 7) + 7) % 7;
}

export function isWeekendDayNumber(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}

export function isWeekend(date: string): boolean {
  return isWeekendDayNumber(toDayNumber(date));
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function datesOfYear(year: number): string[] {
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  const next = Date.UTC(year + 1, 0, 1) / DAY_MS;
  return Array.from({ length: next - first }, (_, index) => fromDayNumber(first + index));
}
