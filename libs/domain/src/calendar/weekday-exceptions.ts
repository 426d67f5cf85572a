import { datesOfYear, isWeekend } from './calendar-dates';
import type { WorkingDayCalendar } from './working-day-calendar';

/** The days of a year where the calendar departs from plain Monday to Friday. */
export interface WeekdayExceptions {
  nonWorkingWeekdays: string[];
  workingWeekendDays: string[];
}

export function weekdayExceptions(calendar: WorkingDayCalendar, year: number): WeekdayExceptions {
  const dates = datesOfYear(year);
  return {
    nonWorkingWeekdays: dates.filter((date) => !isWeekend(date) && !calendar.isWorkingDay(date)),
    workingWeekendDays: dates.filter((date) => isWeekend(date) && calendar.isWorkingDay(date)),
  };
}
