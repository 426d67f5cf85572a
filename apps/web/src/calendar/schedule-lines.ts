import { fromDayNumber, isCalendarDate, toDayNumber } from '@keystone/domain';

/** A line of the form that could not be read as a date or a range of dates. */
export interface UnreadLine {
  line: number;
  text: string;
}

export interface ScheduleLines {
  dates: string[];
  unread: UnreadLine[];
}

// The notice lists holidays as spans (1月1日至3日): a line holds a date or a span, with anything around it (元旦：) ignored.
const SPAN = /(\d{4}-\d{2}-\d{2})(?:\s*(?:至|到|~|～|—|–)\s*(\d{4}-\d{2}-\d{2}))?/;
/** Longer than any holiday the State Council has given (春节 and 国庆 are eight or nine days). */
const LONGEST_SPAN_DAYS = 31;

/**
 * The dates of a textarea, one date or span per line, in the order written. Lines that hold no readable date, a
 * date that does not exist, or a span that runs backwards are returned to be shown; every rule of the schedule
 * itself (the year, weekdays as make-up days) is the API's to judge.
 */
export function readScheduleLines(text: string): ScheduleLines {
  const dates: string[] = [];
  const unread: UnreadLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const span = spanOf(line);
    if (span) dates.push(...span);
    else unread.push({ line: index + 1, text: line });
  });
  return { dates, unread };
}

function spanOf(line: string): string[] | undefined {
  const [, first, last = first] = SPAN.exec(line) ?? [];
  if (!first || !isCalendarDate(first) || !isCalendarDate(last)) return undefined;
  const [from, to] = [toDayNumber(first), toDayNumber(last)];
  if (to < from || to - from >= LONGEST_SPAN_DAYS) return undefined;
  return Array.from({ length: to - from + 1 }, (_, offset) => fromDayNumber(from + offset));
}

/** Dates written back as lines, consecutive days joined into one span, as the form shows a stored year. */
export function scheduleText(dates: readonly string[]): string {
  const days = [...new Set(dates)].sort().map(toDayNumber);
  const lines: string[] = [];
  days.forEach((day, index) => {
    if (index > 0 && days[index - 1] === day - 1) return;
    let end = day;
    while (days.includes(end + 1)) end += 1;
    lines.push(end === day ? fromDayNumber(day) : `${fromDayNumber(day)} 至 ${fromDayNumber(end)}`);
  });
  return lines.join('\n');
}
