import { beijingMonth, monthStart, nextMonth, previousMonth } from '../calendar/calendar-months';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/**
 * 月报制度: a month's investment report is due by the end of this working day of the month after (次月第 5 个工作日),
 * so a report can wait for the month's last figures, and a holiday early in the month moves the day with it.
 */
export const INVESTMENT_REPORT_DUE_WORKING_DAY = 5;

export interface InvestmentReportDue {
  month: string;
  /** The end of the last day to report: 00:00 Beijing time of the day after. */
  dueAt: Date;
  /** That last day, YYYY-MM-DD in Beijing time. */
  dueDate: string;
}

/** Where one project's report of a month stands: in, still open, or late by so many working days (0 on the weekend after). */
export type InvestmentReportStanding = { status: 'reported' } | { status: 'open' } | { status: 'late'; workingDaysLate: number };

export function investmentReportDue(month: string, calendar: WorkingDayCalendar): InvestmentReportDue {
  const monthsLastInstant = new Date(monthStart(nextMonth(month)).getTime() - 1);
  const { dueAt, dueDate } = calendar.addWorkingDays(monthsLastInstant, INVESTMENT_REPORT_DUE_WORKING_DAY);
  return { month, dueAt, dueDate };
}

/** The month owners are reporting now: last month until its reports are due, then this one. */
export function reportingMonth(calendar: WorkingDayCalendar, now: Date): string {
  const thisMonth = beijingMonth(now);
  const lastMonth = previousMonth(thisMonth);
  return now < investmentReportDue(lastMonth, calendar).dueAt ? lastMonth : thisMonth;
}

/** Where a report of the month not yet made stands: still in time, or late. The same for every project of the month. */
export function unreportedStanding(due: InvestmentReportDue, calendar: WorkingDayCalendar, now: Date): InvestmentReportStanding {
  if (now < due.dueAt) return { status: 'open' };
  return { status: 'late', workingDaysLate: -calendar.workingDaysLeft(due.dueAt, now) };
}
