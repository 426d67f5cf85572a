import type { StageTemplate, TimeLimit } from '../api/api.types';
import { DAY_MS, durationMs } from '../shared/time-limit';

export interface PlannedStage {
  stage: string;
  /** Local calendar dates YYYY-MM-DD; a stage ends the day the next one starts. */
  plannedStart: string;
  plannedEnd: string;
  days: number;
}

/** The stage that ends when construction starts: the planned start date (计划开工) is its end. */
const STARTS_CONSTRUCTION = 'construction-start';

/** A working week is five days of seven; holidays are not known this far ahead and are left out. */
const CALENDAR_DAYS_PER_WORKING_DAY = 7 / 5;

/**
 * 倒排工期: the stages' planned dates counted back from the project's own dates. Every stage up to 开工 must be
 * done by the planned start, so they are counted back from it, each by its time limit; the stages after it
 * (竣工: the works and their acceptance) share the span from the planned start to the planned completion in
 * proportion to their limits, counted back from completion so rounding never moves either date.
 */
export function reverseSchedule(stages: StageTemplate[], plannedStart: string, plannedCompletion: string): PlannedStage[] {
  const startIndex = stages.findIndex((stage) => stage.stage === STARTS_CONSTRUCTION);
  const beforeStart = stages.slice(0, startIndex + 1);
  return [...countedBack(beforeStart, dayNumber(plannedStart)), ...shared(stages.slice(startIndex + 1), plannedStart, plannedCompletion)];
}

/** Each stage ending where the next begins, the last ending on `end`, each as long as its limit. */
function countedBack(stages: StageTemplate[], end: number): PlannedStage[] {
  const planned: PlannedStage[] = [];
  let stop = end;
  for (const stage of [...stages].reverse()) {
    const start = stop - Math.ceil(calendarDays(stage.timeLimit));
    planned.unshift(plannedStage(stage, start, stop));
    stop = start;
  }
  return planned;
}

/** The span from `from` to `to` shared in proportion to the stages' limits. */
function shared(stages: StageTemplate[], from: string, to: string): PlannedStage[] {
  const weights = stages.map((stage) => limitWeight(stage.timeLimit));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const end = dayNumber(to);
  const span = Math.max(0, end - dayNumber(from));
  let after = 0;
  const offsets = weights.map(() => 0);
  for (let index = stages.length - 1; index >= 0; index -= 1) {
    after += weights[index];
    offsets[index] = index === 0 ? span : Math.round((span * after) / total);
  }
  return stages.map((stage, index) => plannedStage(stage, end - offsets[index], end - (offsets[index + 1] ?? 0)));
}

function plannedStage(stage: StageTemplate, start: number, stop: number): PlannedStage {
  return { stage: stage.stage, plannedStart: dateOf(start), plannedEnd: dateOf(stop), days: stop - start };
}

function calendarDays(limit: TimeLimit): number {
  return limitWeight(limit) * ('workingDays' in limit ? CALENDAR_DAYS_PER_WORKING_DAY : 1);
}

/** Working days as they are; a duration (used by demos and tests) as the days it lasts. */
function limitWeight(limit: TimeLimit): number {
  return 'workingDays' in limit ? limit.workingDays : durationMs(limit.duration) / DAY_MS;
}

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
