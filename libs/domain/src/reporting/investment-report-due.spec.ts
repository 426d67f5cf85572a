import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { investmentReportDue, unreportedStanding, reportingMonth } from './investment-report-due';

// 2026-10-01 to 10-07 are 国庆 holidays (10-03, 10-04 a weekend); Saturday 10-10 is a make-up working day.
const calendar = new WorkingDayCalendar([
  { year: 2026, holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], makeUpWorkdays: ['2026-10-10'], confirmed: true, source: 'test' },
]);
const beijing = (local: string) => new Date(`${local}+08:00`);

describe('when a month’s investment report is due', () => {
  it('falls on the fifth working day of the month after', () => {
    // Tuesday 12-01 to Friday 12-04 are four working days, so Monday 12-07 is the fifth.
    expect(investmentReportDue('2026-11', calendar)).toEqual({ month: '2026-11', dueDate: '2026-12-07', dueAt: beijing('2026-12-08T00:00:00') });
  });

  it('moves past a holiday week and counts its make-up Saturday', () => {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up), 10-12 Mon, 10-13 Tue.
    expect(investmentReportDue('2026-09', calendar).dueDate).toBe('2026-10-13');
  });

  it('turns over the year for December', () => {
    expect(investmentReportDue('2026-12', calendar).dueDate.slice(0, 7)).toBe('2027-01');
  });
});

describe('the month owners are reporting now', () => {
  it('is last month until its reports are due, then this month', () => {
    expect(reportingMonth(calendar, beijing('2026-10-13T18:00:00'))).toBe('2026-09');
    expect(reportingMonth(calendar, beijing('2026-10-14T08:00:00'))).toBe('2026-10');
  });
});

describe('where a report not yet made stands', () => {
  const due = investmentReportDue('2026-09', calendar);

  it('is open until the end of the last day, then late by the working days since', () => {
    expect(unreportedStanding(due, calendar, beijing('2026-10-13T23:59:59'))).toEqual({ status: 'open' });
    expect(unreportedStanding(due, calendar, beijing('2026-10-14T09:00:00'))).toEqual({ status: 'late', workingDaysLate: 1 });
    expect(unreportedStanding(due, calendar, beijing('2026-10-19T09:00:00'))).toEqual({ status: 'late', workingDaysLate: 4 });
  });

  it('is late by no working day yet on the weekend right after a Friday deadline', () => {
    const fridayDue = investmentReportDue('2026-10', calendar);
    expect(fridayDue.dueDate).toBe('2026-11-06');
    expect(unreportedStanding(fridayDue, calendar, beijing('2026-11-07T10:00:00'))).toEqual({ status: 'late', workingDaysLate: 0 });
  });
});
