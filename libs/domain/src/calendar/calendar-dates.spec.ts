import { DAY_MS, isWeekend, toDayNumber, weekdayOfDayNumber } from './calendar-dates';

describe('calendar dates', () => {
  it('names the weekday of every day from 1900 to 2100 as the Gregorian calendar does', () => {
    for (let day = toDayNumber('1900-01-01'); day <= toDayNumber('2100-12-31'); day += 1) {
      if (weekdayOfDayNumber(day) !== new Date(day * DAY_MS).getUTCDay()) throw new Error(`day ${day} has the wrong weekday`);
    }
  });

  it('knows a weekend from a working week', () => {
    expect(['2026-11-28', '2026-11-29', '2026-11-30', '1969-12-27', '1969-12-29'].map(isWeekend)).toEqual([true, true, false, true, false]);
  });
});
