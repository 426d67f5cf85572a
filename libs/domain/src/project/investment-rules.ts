import { pastOrCurrentMonth } from '../calendar/calendar-months';
import { DomainError } from '../errors';
import { DecisionRules } from './decision-rules';
import { PlanAnnualInvestment, ReportInvestment } from './project-commands';
import { ProjectEvent } from './project-events';
import { ProjectState, actsForOwner } from './project-state';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from '../calendar/calendar-input-rules';

/**
 * 月报制度: the owner reports each month's investment completed. A month already reported may be reported again
 * to correct it (the event keeps the figure it replaces); the same figure again changes nothing.
 */
export function reportInvestment(state: ProjectState, command: ReportInvestment, rules: Pick<DecisionRules, 'investmentWithinTotal'>): ProjectEvent[] {
  if (!actsForOwner(state, command.actor)) throw DomainError.forbidden('only the project owner or the office reports its investment');
  const month = pastOrCurrentMonth(command.month, new Date(command.at));
  if (!Number.isFinite(command.amount) || command.amount < 0) throw DomainError.invalid('amount', 'must be 0 or more (万元)');
  const total = state.profile.totalInvestment;
  if (rules.investmentWithinTotal && command.amount > total) {
    throw DomainError.invalid('amount', `must not be more than the project's total investment of ${total} 万元`);
  }
  const previous = state.investmentByMonth[month];
  if (previous === command.amount) return [];
  return [{ type: 'InvestmentReported', data: { month, amount: command.amount, previousAmount: previous ?? null, note: command.note, reportedAt: command.at } }];
}

/**
 * 年度计划投资: the office sets what a project is to invest in a year, at most its total; the same figure again
 * changes nothing, another replaces it (the event keeps the figure it replaces).
 */
export function planAnnualInvestment(state: ProjectState, command: PlanAnnualInvestment): ProjectEvent[] {
  if (command.actor.kind !== 'user' || command.actor.role !== 'office') throw DomainError.forbidden('only the office sets a project’s annual investment plan');
  const { year, amount } = command;
  if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) throw DomainError.invalid('year', `must be a year from ${FIRST_CALENDAR_YEAR} to ${LAST_CALENDAR_YEAR}`);
  if (!Number.isFinite(amount) || amount < 0) throw DomainError.invalid('amount', 'must be 0 or more (万元)');
  const total = state.profile.totalInvestment;
  if (amount > total) throw DomainError.invalid('amount', `must not be more than the project's total investment of ${total} 万元`);
  const previous = state.annualPlans?.[year];
  if (previous === amount) return [];
  return [{ type: 'AnnualInvestmentPlanned', data: { year, amount, previousAmount: previous ?? null, note: command.note, plannedAt: command.at } }];
}
