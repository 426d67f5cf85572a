import { beijingDate, beijingDateTime, beijingDeadline, beijingMonth } from '@keystone/domain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Dates and times read in the county's time (Beijing), whatever zone the device is set to: a deadline is the same
// day for the office and for an operator whose laptop keeps UTC.

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return beijingDate(new Date(iso));
}

/** The month it is now in Beijing, YYYY-MM, as forms default to it. */
export function currentMonth(): string {
  return beijingMonth(new Date());
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? beijingDateTime(new Date(iso)) : '—';
}

/** A deadline as people say it: a limit ending at midnight reads as its last day (限办 2026-12-14). */
export function formatDeadline(iso: string | null | undefined): string {
  return iso ? beijingDeadline(new Date(iso)) : '—';
}

/** A span in the largest whole unit that fits: days, else hours, else minutes (stage limits in tests run in seconds). */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span >= DAY) return `${Math.floor(span / DAY)} 天`;
  if (span >= HOUR) return `${Math.floor(span / HOUR)} 小时`;
  return `${Math.max(1, Math.floor(span / MINUTE))} 分钟`;
}

export interface TimeLeft {
  overdue: boolean;
  text: string;
}

/** Calendar time to a deadline: 剩余 3 天, or 超期 2 天 once it has passed. */
export function timeLeft(dueAt: string, now: number): TimeLeft {
  const left = Date.parse(dueAt) - now;
  return left >= 0 ? { overdue: false, text: `剩余 ${formatSpan(left)}` } : { overdue: true, text: `超期 ${formatSpan(left)}` };
}

/** In working days, as limits are counted (the API counts them on the calendar); within the last working day, in hours or minutes. */
export function workingDaysLeft(dueAt: string, days: number | undefined, now: number): TimeLeft {
  if (!days) return timeLeft(dueAt, now);
  const overdue = days < 0;
  return { overdue, text: `${overdue ? '超期' : '剩余'} ${Math.abs(days)} 个工作日` };
}

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** The API's explanations name deadlines as ISO 8601 instants (UTC); people read them as local dates. */
export function readableInstants(text: string): string {
  return text.replace(INSTANT, (instant) => formatDeadline(instant));
}
