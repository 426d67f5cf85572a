import { beijingDate } from '../calendar/working-day-calendar';
import { toDayNumber } from '../calendar/calendar-dates';

/** One project under way in the period, as the figures need it. */
export interface PortfolioProject {
  projectCode: string;
  projectName: string;
  leader: string;
  plannedStart: string;
  plannedCompletion: string;
  /** 万元 */
  totalInvestment: number;
  /** Reported through the month (万元). */
  investedToDate: number;
  /** 年度计划投资 of the period's year (万元), when the office has set one. */
  annualPlan: number | null;
  /** Reported in the period's year through its last month (万元). */
  investedThisYear: number;
  /** Its 开工 stage closed before the month ended. */
  started: boolean;
  completed: boolean;
}

export type ScheduleLight = 'green' | 'yellow' | 'red';

/**
 * How far investment may lag 序时进度 (the share of its planned schedule elapsed), in percentage points, before
 * the light turns: 10 to 30 behind is yellow, more than 30 red, as counties practise it.
 */
export const INVESTMENT_LAG_POINTS = { yellow: 10, red: 30 };

/** A planned start missed by a month is yellow, by three months red, as counties practise it. */
export const START_DELAY_MONTHS = { yellow: 1, red: 3 };

/** A project past its planned start by a month or more without having started (开工), named in the notice. */
export interface LateStart {
  projectCode: string;
  projectName: string;
  leader: string;
  plannedStart: string;
  /** Whole months from the planned start to the period's last day. */
  monthsLate: number;
  light: Exclude<ScheduleLight, 'green'>;
}

/** The figures that matter (DOMAIN.md): 开工率, 竣工率, 投资完成率 against 序时进度; rates are shares, absent when nothing was due. */
export interface PortfolioFigures {
  projects: number;
  startsDue: number;
  started: number;
  startRate?: number;
  completionsDue: number;
  completed: number;
  completionRate?: number;
  plannedInvestment: number;
  investedToDate: number;
  investmentRate?: number;
  /** 序时进度: the investment the planned schedules call for by the month's end, as a share of the plan. */
  scheduledRate?: number;
  investmentLight?: ScheduleLight;
  /** The year's plans over the projects that have one, and what those reported in the year (万元). */
  annualPlan: number;
  investedThisYear: number;
  /** 年度投资完成率: the year's investment against its plans. */
  annualRate?: number;
  /** 序时进度 by the calendar: the share of the period's year elapsed by its end. */
  yearElapsed: number;
  annualLight?: ScheduleLight;
  /** Projects under way with no plan for the year. */
  unplanned: number;
  /** The latest first. */
  lateStarts: LateStart[];
}

/** Share of a project's planned schedule (its start through its completion date) elapsed by `until`, from 0 to 1; the day `until` falls in counts. */
export function scheduleElapsed(plannedStart: string, plannedCompletion: string, until: Date): number {
  const start = toDayNumber(plannedStart);
  const end = toDayNumber(plannedCompletion) + 1;
  const through = toDayNumber(lastDayBefore(until)) + 1;
  return Math.min(1, Math.max(0, (through - start) / Math.max(1, end - start)));
}

/** The Beijing date of the last instant before `until`: a month's end at 00:00 of the 1st counts as the month's last day. */
function lastDayBefore(until: Date): string {
  return beijingDate(new Date(until.getTime() - 1));
}

export function portfolioFigures(projects: PortfolioProject[], until: Date): PortfolioFigures {
  const lastDay = lastDayBefore(until);
  const startsDue = projects.filter((project) => project.plannedStart <= lastDay);
  const completionsDue = projects.filter((project) => project.plannedCompletion <= lastDay);
  const plannedInvestment = sum(projects.map((project) => project.totalInvestment));
  const investedToDate = sum(projects.map((project) => project.investedToDate));
  const scheduled = sum(projects.map((project) => project.totalInvestment * scheduleElapsed(project.plannedStart, project.plannedCompletion, until)));
  const investmentRate = share(investedToDate, plannedInvestment);
  const scheduledRate = share(scheduled, plannedInvestment);
  return {
    projects: projects.length,
    startsDue: startsDue.length,
    started: startsDue.filter((project) => project.started).length,
    startRate: share(startsDue.filter((project) => project.started).length, startsDue.length),
    completionsDue: completionsDue.length,
    completed: completionsDue.filter((project) => project.completed).length,
    completionRate: share(completionsDue.filter((project) => project.completed).length, completionsDue.length),
    plannedInvestment,
    investedToDate,
    investmentRate,
    scheduledRate,
    investmentLight: investmentRate === undefined || scheduledRate === undefined ? undefined : lagLight((scheduledRate - investmentRate) * 100),
    ...annualFigures(projects, lastDay),
    lateStarts: lateStarts(startsDue, lastDay),
  };
}

/** 年度投资完成率 against 序时进度, the share of the year gone: over the projects the office has given a plan for the year. */
function annualFigures(projects: PortfolioProject[], lastDay: string): Pick<PortfolioFigures, 'annualPlan' | 'investedThisYear' | 'annualRate' | 'yearElapsed' | 'annualLight' | 'unplanned'> {
  const planned = projects.filter((project) => project.annualPlan !== null);
  const annualPlan = sum(planned.map((project) => project.annualPlan!));
  const investedThisYear = sum(planned.map((project) => project.investedThisYear));
  return { annualPlan, investedThisYear, ...annualPace(investedThisYear, annualPlan, lastDay), unplanned: projects.length - planned.length };
}

/** A year's investment against its plan, lit against 序时进度 through `lastDay` (YYYY-MM-DD) as counties do; no rate for a plan of 0. */
export function annualPace(investedThisYear: number, annualPlan: number, lastDay: string): Pick<PortfolioFigures, 'annualRate' | 'yearElapsed' | 'annualLight'> {
  const annualRate = share(investedThisYear, annualPlan);
  const yearElapsed = yearElapsedThrough(lastDay);
  return { annualRate, yearElapsed, annualLight: annualRate === undefined ? undefined : lagLight((yearElapsed - annualRate) * 100) };
}

/** The share of its year elapsed through the end of `date` (YYYY-MM-DD). */
export function yearElapsedThrough(date: string): number {
  const year = date.slice(0, 4);
  const first = toDayNumber(`${year}-01-01`);
  return (toDayNumber(date) - first + 1) / (toDayNumber(`${year}-12-31`) - first + 1);
}

function lateStarts(due: PortfolioProject[], lastDay: string): LateStart[] {
  return due
    .filter((project) => !project.started)
    .map(({ projectCode, projectName, leader, plannedStart }) => ({ projectCode, projectName, leader, plannedStart, monthsLate: wholeMonthsBetween(plannedStart, lastDay) }))
    .filter((late) => late.monthsLate >= START_DELAY_MONTHS.yellow)
    .map((late) => ({ ...late, light: late.monthsLate >= START_DELAY_MONTHS.red ? ('red' as const) : ('yellow' as const) }))
    .sort((a, b) => b.monthsLate - a.monthsLate || a.projectCode.localeCompare(b.projectCode));
}

/** Whole calendar months from one date to a later one: 03-15 to 04-14 is 0, to 04-15 is 1. */
function wholeMonthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
  const [toYear, toMonth, toDay] = to.split('-').map(Number);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}

/** A share as the notice prints it; — where nothing was due. */
export function percentText(rate: number | undefined): string {
  return rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

function lagLight(pointsBehind: number): ScheduleLight {
  if (pointsBehind > INVESTMENT_LAG_POINTS.red) return 'red';
  return pointsBehind >= INVESTMENT_LAG_POINTS.yellow ? 'yellow' : 'green';
}

function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
