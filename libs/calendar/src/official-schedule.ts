import type { CalendarYear } from '@keystone/domain';
import published from 'chinese-days/dist/chinese-days.json';
import { version } from 'chinese-days/package.json';

/** chinese-days' published JSON maps each date to "English name,中文名,序号". */
interface PublishedSchedule {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const SOURCE = `chinese-days@${version}`;

/**
 * Every year chinese-days carries the State Council's schedule for. Later years are left out on purpose: the
 * package answers Monday to Friday for them without saying so, while an absent year makes the calendar report it.
 */
export function officialCalendarYears(): CalendarYear[] {
  const schedule: PublishedSchedule = published;
  const holidays = groupByYear(Object.keys(schedule.holidays));
  const makeUpWorkdays = groupByYear(Object.keys(schedule.workdays));
  const years = [...new Set([...holidays.keys(), ...makeUpWorkdays.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    holidays: holidays.get(year) ?? [],
    makeUpWorkdays: makeUpWorkdays.get(year) ?? [],
    confirmed: true,
    source: SOURCE,
  }));
}

function groupByYear(dates: string[]): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const date of [...dates].sort()) {
    const year = Number(date.slice(0, 4));
    const inYear = byYear.get(year) ?? [];
    inYear.push(date);
    byYear.set(year, inYear);
  }
  return byYear;
}
