import type { StageTemplate, TimeLimit } from '../api/api.types';

const DAY_MS = 86_400_000;

export interface PlannedStage {
  stage: string;
  /** Local calendar dates YYYY-MM-DD; a stage ends the day the next one starts. */
  plannedStart: string;
  plannedEnd: string;
  days: number;
}

/**
 * 倒排工期: the stages' planned dates computed back from the planned completion date. The span from the planned
 * start to the planned completion is shared among the stages in proportion to their time limits, each stage's
 * start counted back in whole days from completion, so rounding never moves either end of the plan.
 */
export function reverseSchedule(stages: StageTemplate[], plannedStart: string, plannedCompletion: string): PlannedStage[] {
  const weights = stages.map((stage) => limitWeight(stage.timeLimit));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const end = dayNumber(plannedCompletion);
  const span = Math.max(0, end - dayNumber(plannedStart));
  let after = 0;
  const offsets = weights.map(() => 0);
  for (let index = stages.length - 1; index >= 0; index -= 1) {
    after += weights[index];
    offsets[index] = index === 0 ? span : Math.round((span * after) / total);
  }
  return stages.map((stage, index) => {
    const start = end - offsets[index];
    const stop = end - (offsets[index + 1] ?? 0);
    return { stage: stage.stage, plannedStart: dateOf(start), plannedEnd: dateOf(stop), days: stop - start };
  });
}

/** Working days as they are; a duration (used by demos and tests) as the days it lasts. */
export function limitWeight(limit: TimeLimit): number {
  return 'workingDays' in limit ? limit.workingDays : durationMs(limit.duration) / DAY_MS;
}

export function describeLimit(limit: TimeLimit): string {
  return 'workingDays' in limit ? `${limit.workingDays} 个工作日` : `${limit.duration}（演示时长）`;
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function durationMs(duration: string): number {
  const [, weeks, days, hours, minutes, seconds] = DURATION.exec(duration) ?? [];
  const parts = [Number(weeks ?? 0) * 7 * DAY_MS, Number(days ?? 0) * DAY_MS, Number(hours ?? 0) * 3_600_000, Number(minutes ?? 0) * 60_000, Number(seconds ?? 0) * 1000];
  return parts.reduce((sum, part) => sum + part, 0);
}

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
