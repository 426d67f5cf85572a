import { DAY_MS, fromDayNumber, toDayNumber } from '../calendar/calendar-dates';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { StageKey } from '../stages';
import type { StageTemplate } from '../templates';
import { durationMillis, isWorkingDayLimit } from '../templates/time-limit';

/** The stage that ends when construction starts: the planned start date (计划开工) is its end. */
const STARTS_CONSTRUCTION: StageKey = 'construction-start';

export interface PlannedStage {
  stage: StageKey;
  /** Calendar dates YYYY-MM-DD; a stage starts the day the one before it ends. */
  plannedStart: string;
  plannedEnd: string;
  calendarDays: number;
}

/** 倒排工期: each stage's planned dates, and the years counted through on Monday to Friday for want of their schedule. */
export interface ReverseSchedule {
  stages: PlannedStage[];
  fallbackYears: number[];
}

/**
 * 倒排工期: the stages' planned dates counted back from the project's own. Every stage up to 开工 must be done by
 * the planned start, so they are counted back from it on the working-day calendar, each by its time limit; the
 * stages after it (竣工: the works and their acceptance) share the span from the planned start to the planned
 * completion in proportion to their limits, counted back from completion so rounding never moves either date.
 */
export function reverseSchedule(stages: readonly StageTemplate[], plannedStart: string, plannedCompletion: string, calendar: WorkingDayCalendar): ReverseSchedule {
  const startIndex = stages.findIndex((stage) => stage.stage === STARTS_CONSTRUCTION);
  const before = countedBack(stages.slice(0, startIndex + 1), plannedStart, calendar);
  return { stages: [...before.stages, ...shared(stages.slice(startIndex + 1), plannedStart, plannedCompletion)], fallbackYears: before.fallbackYears };
}

/** Each stage ending where the next begins, the last ending on `end`, each as long as its limit. */
function countedBack(stages: readonly StageTemplate[], end: string, calendar: WorkingDayCalendar): ReverseSchedule {
  const planned: PlannedStage[] = [];
  const fallbackYears = new Set<number>();
  let stop = end;
  for (const stage of [...stages].reverse()) {
    const limit = stage.timeLimit;
    let start: string;
    if (isWorkingDayLimit(limit)) {
      const counted = calendar.countBackWorkingDays(stop, limit.workingDays);
      counted.fallbackYears.forEach((year) => fallbackYears.add(year));
      start = counted.startDate;
    } else {
      start = fromDayNumber(toDayNumber(stop) - Math.ceil(durationMillis(limit.duration) / DAY_MS));
    }
    planned.unshift(plannedStage(stage.stage, start, stop));
    stop = start;
  }
  return { stages: planned, fallbackYears: [...fallbackYears].sort((a, b) => a - b) };
}

/** The span from `from` to `to` shared in proportion to the stages' limits. */
function shared(stages: readonly StageTemplate[], from: string, to: string): PlannedStage[] {
  const weights = stages.map((stage) => limitWeight(stage));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const end = toDayNumber(to);
  const span = Math.max(0, end - toDayNumber(from));
  let after = 0;
  const offsets = weights.map(() => 0);
  for (let index = stages.length - 1; index >= 0; index -= 1) {
    after += weights[index];
    offsets[index] = index === 0 ? span : Math.round((span * after) / total);
  }
  return stages.map((stage, index) => plannedStage(stage.stage, fromDayNumber(end - offsets[index]), fromDayNumber(end - (offsets[index + 1] ?? 0))));
}

/** Working days as they are; a duration (used by demos and tests) as the days it lasts. */
function limitWeight({ timeLimit }: StageTemplate): number {
  return isWorkingDayLimit(timeLimit) ? timeLimit.workingDays : durationMillis(timeLimit.duration) / DAY_MS;
}

function plannedStage(stage: StageKey, start: string, end: string): PlannedStage {
  return { stage, plannedStart: start, plannedEnd: end, calendarDays: toDayNumber(end) - toDayNumber(start) };
}
