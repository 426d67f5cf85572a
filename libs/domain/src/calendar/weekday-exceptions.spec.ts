import type { CalendarYear } from './calendar-year';
import { weekdayExceptions } from './weekday-exceptions';
import { WorkingDayCalendar } from './working-day-calendar';

const national2025: CalendarYear = {
  year: 2025,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
  makeUpWorkdays: ['2025-09-28', '2025-10-11'],
  confirmed: true,
  source: 'test: 国庆 2025',
};

describe('weekdayExceptions', () => {
  it('given 国庆 2025, when listed, then the holiday weekdays and the make-up weekend days are named', () => {
    const exceptions = weekdayExceptions(new WorkingDayCalendar([national2025]), 2025);

    expect(exceptions.nonWorkingWeekdays).toEqual(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08']);
    expect(exceptions.workingWeekendDays).toEqual(['2025-09-28', '2025-10-11']);
  });

  it('given a year without data, when listed, then there are no exceptions', () => {
    expect(weekdayExceptions(new WorkingDayCalendar([]), 2030)).toEqual({ nonWorkingWeekdays: [], workingWeekendDays: [] });
  });
});
