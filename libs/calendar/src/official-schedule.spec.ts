import { WorkingDayCalendar } from '@keystone/domain';
import { isWorkday } from 'chinese-days';
import { version } from 'chinese-days/package.json';
import { officialCalendarYears } from './official-schedule';

const DAY_MS = 86_400_000;

function beijing(dateTime: string): Date {
  return new Date(`${dateTime}+08:00`);
}

function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let time = Date.parse(first); time <= Date.parse(last); time += DAY_MS) {
    dates.push(new Date(time).toISOString().slice(0, 10));
  }
  return dates;
}

describe('officialCalendarYears', () => {
  const years = officialCalendarYears();
  const calendar = new WorkingDayCalendar(years);
  const yearOf = (year: number) => years.find((candidate) => candidate.year === year);

  it('given chinese-days 1.5.7, when seeded, then the covered range is 2004 to the last published year 2026', () => {
    expect(calendar.yearsCovered()).toEqual(Array.from({ length: 23 }, (_, index) => 2004 + index));
    expect(calendar.hasYear(2027)).toBe(false);
  });

  it('given the seeded years, when inspected, then each is confirmed and names the package version', () => {
    for (const year of years) {
      expect(year.confirmed).toBe(true);
      expect(year.source).toBe(`chinese-days@${version}`);
    }
  });

  it('given 国庆 2025, when seeded, then 10-01..10-08 are off and Sunday 09-28 and Saturday 10-11 are make-up workdays', () => {
    const national = yearOf(2025);

    expect(national?.holidays).toEqual(expect.arrayContaining(datesBetween('2025-10-01', '2025-10-08')));
    expect(national?.holidays).not.toContain('2025-10-09');
    expect(national?.makeUpWorkdays).toEqual(expect.arrayContaining(['2025-09-28', '2025-10-11']));
  });

  it('given a stage opened on 2025-09-30 with 3 working days, when due, then it ends with the make-up Saturday 10-11', () => {
    const deadline = calendar.addWorkingDays(beijing('2025-09-30T10:00:00'), 3);

    expect(deadline).toEqual({
      dueAt: new Date('2025-10-11T16:00:00Z'),
      dueDate: '2025-10-11',
      fallbackYears: [],
      unconfirmedYears: [],
    });
  });

  it('given the 2026 Spring Festival, when seeded, then 02-15..02-23 are off and Saturdays 02-14 and 02-28 are workdays', () => {
    const national = yearOf(2026);

    expect(national?.holidays).toEqual(expect.arrayContaining(datesBetween('2026-02-15', '2026-02-23')));
    expect(national?.makeUpWorkdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28']));
    expect(calendar.addWorkingDays(beijing('2026-02-13T09:00:00'), 2).dueDate).toBe('2026-02-24');
  });

  it('given a deadline running past the last published year, when due, then 2027 is reported as a fallback year', () => {
    const deadline = calendar.addWorkingDays(beijing('2026-12-30T10:00:00'), 3);

    expect(deadline.dueDate).toBe('2027-01-04');
    expect(deadline.fallbackYears).toEqual([2027]);
  });

  it('given every day of the covered range, when compared, then the seeded calendar agrees with chinese-days', () => {
    const coveredDates = datesBetween('2004-01-01', '2026-12-31');

    const disagreements = coveredDates.filter((date) => calendar.isWorkingDay(date) !== isWorkday(date));

    expect(disagreements).toEqual([]);
  });
});
