import type { CalendarYear } from './calendar-year';
import type { RegionalLayer } from './regional-layer';
import { WorkingDayCalendar } from './working-day-calendar';

const year2025: CalendarYear = {
  year: 2025,
  holidays: [
    '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
    '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
  ],
  makeUpWorkdays: ['2025-04-27', '2025-09-28', '2025-10-11'],
  confirmed: true,
  source: 'test: 国务院办公厅 2025 schedule, excerpt',
};

const year2026: CalendarYear = {
  year: 2026,
  holidays: [
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    '2026-02-23',
  ],
  makeUpWorkdays: ['2026-02-14', '2026-02-28'],
  confirmed: true,
  source: 'test: 国务院办公厅 2026 schedule, excerpt',
};

const draft2027: CalendarYear = {
  year: 2027,
  holidays: ['2027-01-01'],
  makeUpWorkdays: [],
  confirmed: false,
  source: 'test: operator draft before the notice',
};

const guangxiCounty: RegionalLayer = {
  region: 'test-county-guangxi',
  extraHolidays: ['2025-03-31', '2025-04-01'],
  cancelledMakeUpWorkdays: ['2025-04-27'],
};

/** An instant given as Beijing wall-clock time. */
function beijing(dateTime: string): Date {
  return new Date(`${dateTime}+08:00`);
}

describe('WorkingDayCalendar', () => {
  const calendar = new WorkingDayCalendar([year2025, year2026]);

  describe('isWorkingDay', () => {
    it('given a 调休 Saturday, when asked, then it is a working day', () => {
      expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    });

    it('given a make-up Sunday, when asked, then it is a working day', () => {
      expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
    });

    it('given an ordinary weekend, when asked, then neither day is a working day', () => {
      expect(calendar.isWorkingDay('2025-09-20')).toBe(false);
      expect(calendar.isWorkingDay('2025-09-21')).toBe(false);
    });

    it('given a statutory holiday on a weekday, when asked, then it is not a working day', () => {
      expect(calendar.isWorkingDay('2025-10-08')).toBe(false);
    });

    it('given an ordinary weekday, when asked, then it is a working day', () => {
      expect(calendar.isWorkingDay('2025-09-30')).toBe(true);
    });

    it('given a malformed or impossible date, when asked, then it throws a RangeError', () => {
      expect(() => calendar.isWorkingDay('2025-02-30')).toThrow(RangeError);
      expect(() => calendar.isWorkingDay('2025-9-30')).toThrow(RangeError);
    });
  });

  describe('localDate', () => {
    it('given an instant after 16:00 UTC, when converted, then it is already the next date in Beijing', () => {
      expect(calendar.localDate(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
      expect(calendar.localDate(new Date('2025-09-30T16:00:00Z'))).toBe('2025-10-01');
    });
  });

  describe('addWorkingDays', () => {
    it('given a stage opened on the last working day before 国庆 2025, when 3 working days are added, then it is due at the end of the make-up Saturday after the holiday', () => {
      const deadline = calendar.addWorkingDays(beijing('2025-09-30T10:00:00'), 3);

      expect(deadline.dueDate).toBe('2025-10-11');
      expect(deadline.dueAt).toEqual(new Date('2025-10-11T16:00:00Z'));
      expect(deadline.fallbackYears).toEqual([]);
      expect(deadline.unconfirmedYears).toEqual([]);
    });

    it('given a case accepted on the Friday before the 2026 Spring Festival, when 1 and 2 working days are added, then the make-up Saturday counts and the holiday week does not', () => {
      const accepted = beijing('2026-02-13T09:00:00');

      expect(calendar.addWorkingDays(accepted, 1).dueDate).toBe('2026-02-14');
      expect(calendar.addWorkingDays(accepted, 2).dueDate).toBe('2026-02-24');
    });

    it('given a case accepted on a Friday, when 1 working day is added, then the weekend is skipped', () => {
      expect(calendar.addWorkingDays(beijing('2025-09-19T17:00:00'), 1).dueDate).toBe('2025-09-22');
    });

    it('given an instant that is Friday in Beijing but Thursday in UTC, when 1 working day is added, then counting starts from the Beijing date', () => {
      const deadline = calendar.addWorkingDays(new Date('2025-09-11T16:30:00Z'), 1);

      expect(deadline.dueDate).toBe('2025-09-15');
      expect(deadline.dueAt).toEqual(beijing('2025-09-16T00:00:00'));
    });

    it('given 0 working days, when added, then it is due at the end of the local day of from', () => {
      const deadline = calendar.addWorkingDays(beijing('2025-10-04T08:00:00'), 0);

      expect(deadline.dueDate).toBe('2025-10-04');
      expect(deadline.dueAt).toEqual(beijing('2025-10-05T00:00:00'));
    });

    it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
      'given %p working days, when added, then it throws a RangeError',
      (days) => {
        expect(() => calendar.addWorkingDays(beijing('2025-09-30T10:00:00'), days)).toThrow(RangeError);
      },
    );

    it('given a year with no data, when counting into it, then Monday to Friday is assumed and the year is reported', () => {
      const deadline = calendar.addWorkingDays(beijing('2026-12-31T10:00:00'), 2);

      expect(calendar.isWorkingDay('2027-01-01')).toBe(true);
      expect(deadline.dueDate).toBe('2027-01-04');
      expect(deadline.fallbackYears).toEqual([2027]);
      expect(deadline.unconfirmedYears).toEqual([]);
    });

    it('given an unconfirmed year, when counting into it, then its holidays apply and the year is reported', () => {
      const withDraft = new WorkingDayCalendar([year2026, draft2027]);

      const deadline = withDraft.addWorkingDays(beijing('2026-12-31T10:00:00'), 2);

      expect(deadline.dueDate).toBe('2027-01-05');
      expect(deadline.unconfirmedYears).toEqual([2027]);
      expect(deadline.fallbackYears).toEqual([]);
    });
  });

  describe('countBackWorkingDays', () => {
    const calendar = new WorkingDayCalendar([year2025, year2026]);

    it('given a date after 国庆 2025, when 3 working days are counted back, then the holiday week is skipped and the make-up Saturday counts', () => {
      // Back from Monday 10-13: 10-13, the make-up Saturday 10-11, Friday 10-10; the start is the day before those.
      expect(calendar.countBackWorkingDays('2025-10-13', 3)).toEqual({ startDate: '2025-10-09', fallbackYears: [], unconfirmedYears: [] });
      // Back from Friday 10-10 over the holiday: 10-10, 10-09, 09-30, 09-29; the make-up Sunday 09-28 is the start.
      expect(calendar.countBackWorkingDays('2025-10-10', 4).startDate).toBe('2025-09-28');
    });

    it('given any end date, when counted back, then adding the same working days to the start ends on that date at the latest, and a day later would not', () => {
      for (let offset = 0; offset < 60; offset += 1) {
        const end = new Date(Date.UTC(2025, 8, 15 + offset)).toISOString().slice(0, 10);
        for (const days of [1, 3, 10]) {
          const { startDate } = calendar.countBackWorkingDays(end, days);
          expect(calendar.addWorkingDays(beijing(`${startDate}T09:00:00`), days).dueDate <= end).toBe(true);
          const dayAfter = new Date(Date.parse(`${startDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          expect(calendar.addWorkingDays(beijing(`${dayAfter}T09:00:00`), days).dueDate > end).toBe(true);
        }
      }
    });

    it('given an end in a year with no data, when counted back into it, then the year is reported', () => {
      expect(calendar.countBackWorkingDays('2027-01-05', 2)).toEqual({ startDate: '2027-01-03', fallbackYears: [2027], unconfirmedYears: [] });
    });

    it('given a fractional or negative count, when counted back, then it throws a RangeError', () => {
      expect(() => calendar.countBackWorkingDays('2025-10-13', 1.5)).toThrow(RangeError);
      expect(() => calendar.countBackWorkingDays('2025-10-13', -1)).toThrow(RangeError);
    });
  });

  describe('regional layer', () => {
    const regional = new WorkingDayCalendar([year2025], guangxiCounty);

    it('given a regional extra holiday, when a deadline crosses it, then the deadline moves past it', () => {
      const accepted = beijing('2025-03-28T10:00:00');

      expect(calendar.addWorkingDays(accepted, 1).dueDate).toBe('2025-03-31');
      expect(regional.addWorkingDays(accepted, 1).dueDate).toBe('2025-04-02');
    });

    it('given a cancelled national make-up day, when a deadline crosses it, then that Sunday no longer counts', () => {
      const accepted = beijing('2025-04-25T10:00:00');

      expect(calendar.addWorkingDays(accepted, 1).dueDate).toBe('2025-04-27');
      expect(regional.addWorkingDays(accepted, 1).dueDate).toBe('2025-04-28');
      expect(regional.isWorkingDay('2025-04-27')).toBe(false);
    });
  });

  describe('workingDaysLeft', () => {
    // A limit whose last working day is Friday 2025-09-26 ends at the local midnight after it.
    const dueAt = beijing('2025-09-27T00:00:00');

    it('given a limit ending on a Friday, when asked on the Wednesday before, then it counts the working days still to come', () => {
      expect(calendar.workingDaysLeft(dueAt, beijing('2025-09-24T10:00:00'))).toBe(2);
    });

    it('given the last working day itself, when asked, then no whole working day is left', () => {
      expect(calendar.workingDaysLeft(dueAt, beijing('2025-09-26T16:00:00'))).toBe(0);
    });

    it('given a limit already passed, when asked, then it says by how many working days, the make-up Sunday before 国庆 included', () => {
      expect(calendar.workingDaysLeft(dueAt, beijing('2025-09-29T10:00:00'))).toBe(-2);
    });
  });

  describe('workingDaysBetween', () => {
    it('given from before 国庆 and to on the make-up Saturday after, when counted, then only the working days after from are counted', () => {
      expect(calendar.workingDaysBetween(beijing('2025-09-30T10:00:00'), beijing('2025-10-11T09:00:00'))).toBe(3);
    });

    it('given a deadline date and a later instant, when counted, then it says how many working days the stage is over', () => {
      const deadlineDay = beijing('2025-09-19T00:00:00');

      expect(calendar.workingDaysBetween(deadlineDay, beijing('2025-09-22T11:00:00'))).toBe(1);
      expect(calendar.workingDaysBetween(deadlineDay, beijing('2025-09-24T11:00:00'))).toBe(3);
    });

    it('given to on the same local date as from or earlier, when counted, then it is 0', () => {
      expect(calendar.workingDaysBetween(beijing('2025-09-30T08:00:00'), beijing('2025-09-30T23:00:00'))).toBe(0);
      expect(calendar.workingDaysBetween(beijing('2025-09-30T08:00:00'), beijing('2025-09-01T08:00:00'))).toBe(0);
    });

    it('given a deadline of n working days, when counting up to just before dueAt, then exactly n working days lie between', () => {
      const accepted = beijing('2025-09-26T15:00:00');
      for (let days = 0; days <= 20; days += 1) {
        const { dueAt } = calendar.addWorkingDays(accepted, days);
        expect(calendar.workingDaysBetween(accepted, new Date(dueAt.getTime() - 1))).toBe(days);
      }
    });

    it('given any two dates from 2024 to 2027, when counted, then it agrees with asking day by day, regional layer or not', () => {
      const regional = new WorkingDayCalendar([year2025, year2026], guangxiCounty);
      const days = Array.from({ length: 4 * 366 }, (_, index) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10));
      for (const counted of [calendar, regional]) {
        const working = days.map((date) => counted.isWorkingDay(date));
        for (let from = 0; from < days.length; from += 7) {
          let expected = 0;
          for (let to = from + 1; to < days.length; to += 1) {
            if (working[to]) expected += 1;
            if (to % 5 === 0) expect(counted.workingDaysBetween(beijing(`${days[from]}T09:00:00`), beijing(`${days[to]}T18:00:00`))).toBe(expected);
          }
        }
      }
    });
  });

  describe('coverage', () => {
    it('given two years of data, when asked, then exactly those years are covered in order', () => {
      const unordered = new WorkingDayCalendar([year2026, year2025]);

      expect(unordered.yearsCovered()).toEqual([2025, 2026]);
      expect(unordered.hasYear(2025)).toBe(true);
      expect(unordered.hasYear(2027)).toBe(false);
    });

    it('given the same year twice or a day that is both off and on, when built, then it throws a RangeError', () => {
      expect(() => new WorkingDayCalendar([year2025, year2025])).toThrow(RangeError);
      const clash: CalendarYear = { ...draft2027, makeUpWorkdays: ['2027-01-01'] };
      expect(() => new WorkingDayCalendar([clash])).toThrow(RangeError);
    });
  });
});
