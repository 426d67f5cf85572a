import { parse, toSeconds } from 'iso8601-duration';
import { FieldProblem } from '../errors';

/**
 * A 办理时限: counted in working days in real use; an ISO-8601 duration (e.g. PT30S) lets demos
 * and tests run a stage clock in seconds.
 */
export type TimeLimit = { workingDays: number } | { duration: string };

export function isWorkingDayLimit(limit: TimeLimit): limit is { workingDays: number } {
  return 'workingDays' in limit;
}

/** Milliseconds of a duration limit; calendar months and years are refused because their length varies. */
export function durationMillis(duration: string): number {
  const parsed = parse(duration);
  if (parsed.years || parsed.months) {
    throw new RangeError('durations with years or months are ambiguous; use days or working days');
  }
  return Math.round(toSeconds(parsed) * 1000);
}

export function timeLimitProblems(limit: unknown, field: string): FieldProblem[] {
  if (typeof limit !== 'object' || limit === null) {
    return [{ field, reason: 'must be {workingDays: n} or {duration: "PT…"}' }];
  }
  const value = limit as Record<string, unknown>;
  const keys = Object.keys(value);
  if (keys.length !== 1 || !['workingDays', 'duration'].includes(keys[0])) {
    return [{ field, reason: 'must have exactly one of workingDays or duration' }];
  }
  if ('workingDays' in value) {
    const days = value.workingDays;
    return Number.isInteger(days) && (days as number) > 0
      ? []
      : [{ field: `${field}.workingDays`, reason: 'must be a positive whole number of working days' }];
  }
  return durationProblems(value.duration, `${field}.duration`);
}

function durationProblems(duration: unknown, field: string): FieldProblem[] {
  if (typeof duration !== 'string') {
    return [{ field, reason: 'must be an ISO-8601 duration such as PT30S' }];
  }
  try {
    return durationMillis(duration) > 0 ? [] : [{ field, reason: 'must be longer than zero' }];
  } catch (error) {
    return [{ field, reason: `is not a usable ISO-8601 duration (${(error as Error).message})` }];
  }
}
