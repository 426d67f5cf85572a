import { isOffice } from '../actors';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, isCalendarYearNumber } from '../calendar/calendar-input-rules';
import { pastOrCurrentMonth } from '../calendar/calendar-months';
import { DomainError } from '../errors';
import { DecisionRules } from './decision-rules';
import { PlanAnnualInvestment, ReportInvestment } from './project-commands';
import { ProjectEvent } from './project-events';
import { ProjectState, actsForOwner } from './project-state';

/**
 * 月报制度: the owner reports each month's investment completed. A month already reported may be reported again
 * to correct it (the event keeps the figure it replaces); the same figure again changes nothing.
 */
export function reportInvestment(state: ProjectState, command: ReportInvestment, rules: Pick<DecisionRules, 'investmentWithinTotal'>): ProjectEvent[] {
  if (!actsForOwner(state, command.actor)) throw DomainError.forbidden('only the project owner or the office reports its investment');
  const month = pastOrCurrentMonth(command.month, new Date(command.at));
  assertAmount(state, command.amount, rules.investmentWithinTotal);
  const previous = state.investmentByMonth[month];
  if (previous === command.amount) return [];
  return [{ type: 'InvestmentReported', data: { month, amount: command.amount, previousAmount: previous ?? null, note: command.note, reportedAt: command.at } }];
}

/**
 * 年度计划投资: the office sets what a project is to invest in a year, at most its total; the same figure again
 * changes nothing, another replaces it (the event keeps the figure it replaces).
 */
export function planAnnualInvestment(state: ProjectState, command: PlanAnnualInvestment): ProjectEvent[] {
  if (!isOffice(command.actor)) throw DomainError.forbidden('only the office sets a project’s annual investment plan');
  const { year, amount } = command;
  if (!isCalendarYearNumber(year)) throw DomainError.invalid('year', `must be a year from ${FIRST_CALENDAR_YEAR} to ${LAST_CALENDAR_YEAR}`);
  assertAmount(state, amount, true);
  const previous = state.annualPlans?.[year];
  if (previous === amount) return [];
  return [{ type: 'AnnualInvestmentPlanned', data: { year, amount, previousAmount: previous ?? null, note: command.note, plannedAt: command.at } }];
}

/** An amount of 万元 a month's report or a year's plan gives: 0 or more, and (where the rule holds) at most the project's total. */
function assertAmount(state: ProjectState, amount: number, withinTotal: boolean): void {
  if (!Number.isFinite(amount) || amount < 0) throw DomainError.invalid('amount', 'must be 0 or more (万元)');
  const total = state.profile.totalInvestment;
  if (withinTotal && amount > total) throw DomainError.invalid('amount', `must not be more than the project's total investment of ${total} 万元`);
}
