import type { CalendarYear } from './calendar-year';

export interface CalendarCoverage {
  years: Pick<CalendarYear, 'year' | 'confirmed' | 'source'>[];
  unconfirmedYears: number[];
  /** The current and the next year when they have no schedule: deadlines there assume Monday to Friday. */
  missingYears: number[];
}

/**
 * What the calendar holds as seen on `today` ('YYYY-MM-DD', Beijing time). The next year matters already because
 * open deadlines run into it, and its schedule is published only late in the year before.
 */
export function calendarCoverage(years: readonly CalendarYear[], today: string): CalendarCoverage {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const covered = new Set(sorted.map((year) => year.year));
  const current = Number(today.slice(0, 4));
  return {
    years: sorted.map(({ year, confirmed, source }) => ({ year, confirmed, source })),
    unconfirmedYears: sorted.filter((year) => !year.confirmed).map((year) => year.year),
    missingYears: [current, current + 1].filter((year) => !covered.has(year)),
  };
}
