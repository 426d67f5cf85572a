import { DomainError } from '../errors';
import { beijingDate } from './working-day-calendar';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month an instant falls in, in China, as YYYY-MM. */
export function beijingMonth(instant: Date): string {
  return beijingDate(instant).slice(0, 7);
}

/** 00:00 Beijing time on the 1st of `month` (YYYY-MM). */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00+08:00`);
}

/** The month `count` months after `month` (before it when negative). */
export function monthsAfter(month: string, count: number): string {
  const [year, monthOfYear] = month.split('-').map(Number);
  const index = year * 12 + monthOfYear - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function nextMonth(month: string): string {
  return monthsAfter(month, 1);
}

export function previousMonth(month: string): string {
  return monthsAfter(month, -1);
}

/** The last calendar date of `month`, YYYY-MM-DD. */
export function lastDateOfMonth(month: string): string {
  const [year, monthOfYear] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** A month someone names for a report: YYYY-MM, and not one still to come (China time). Refusals name `field`. */
export function pastOrCurrentMonth(month: unknown, now: Date, field = 'month'): string {
  if (typeof month !== 'string' || !MONTH.test(month)) throw DomainError.invalid(field, 'must be a month as YYYY-MM, e.g. 2026-11');
  if (month > beijingMonth(now)) throw DomainError.invalid(field, 'must not be after the current month (China time)');
  return month;
}
