import { FieldProblem, FieldProblemsError } from '../errors';
import { isCalendarDate, isWeekend } from './calendar-dates';
import { dateInYearProblems, isShapeProblem, objectProblems, textProblems, yearProblems } from './calendar-input-rules';
import { REGIONAL_DAY_KINDS, RegionalDay, RegionalDayKind } from './regional-layer';

/** A region's days in one year, replacing what the region had for that year. */
export interface RegionalDaysInput {
  days: { date: string; kind: RegionalDayKind; note?: string }[];
}

export const REGION_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const NOTE_MAX_LENGTH = 200;

export function regionalDayProblems(region: string, year: number, input: unknown): FieldProblem[] {
  const problems = [...yearProblems(year), ...objectProblems(input, ['days'])];
  if (!REGION_CODE.test(region)) problems.push({ field: 'region', reason: 'must be lowercase letters, digits and hyphens' });
  if (problems.some(isShapeProblem)) return problems;
  const days = (input as Record<string, unknown>).days;
  if (!Array.isArray(days)) return [...problems, { field: 'days', reason: 'must be a list, possibly empty' }];
  const notObjects = days.flatMap((day, index) => (typeof day === 'object' && day !== null ? [] : [{ field: `days[${index}]`, reason: 'must be an object' }]));
  if (notObjects.length) return [...problems, ...notObjects];
  const entries = days as Record<string, unknown>[];
  problems.push(...dateInYearProblems(entries.map((day) => day.date), (index) => `days[${index}].date`, year));
  entries.forEach((day, index) => problems.push(...dayProblems(day, `days[${index}]`)));
  return problems;
}

/** The region's days for the year, sorted by date; throws every problem at once when the input is refused. */
export function parseRegionalDays(region: string, year: number, input: unknown): RegionalDay[] {
  const problems = regionalDayProblems(region, year, input);
  if (problems.length) throw new FieldProblemsError(problems);
  return (input as RegionalDaysInput).days
    .map(({ date, kind, note }) => ({ date, kind, note: note?.trim() ?? '' }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

// Only a weekend day can be a national make-up day, so cancelling one on a weekday is a typo.
function dayProblems(day: Record<string, unknown>, field: string): FieldProblem[] {
  const problems = objectProblems(day, ['date', 'kind', 'note']).map((problem) => ({ ...problem, field: `${field}.${problem.field}` }));
  if (!REGIONAL_DAY_KINDS.includes(day.kind as RegionalDayKind)) {
    problems.push({ field: `${field}.kind`, reason: `must be one of ${REGIONAL_DAY_KINDS.join(', ')}` });
  } else if (day.kind === 'cancelled-make-up-day' && isCalendarDate(day.date) && !isWeekend(day.date)) {
    problems.push({ field: `${field}.date`, reason: `${day.date} is a weekday, never a make-up working day` });
  }
  return [...problems, ...textProblems(day.note, `${field}.note`, false, NOTE_MAX_LENGTH)];
}
