import { FieldProblem, FieldProblemsError } from '../errors';
import { isWeekend } from './calendar-dates';
import type { CalendarYear } from './calendar-year';
import { dateInYearProblems, isShapeProblem, objectProblems, textProblems, yearProblems } from './calendar-input-rules';

/** A year's schedule as an operator imports or corrects it (API body and CLI file alike). */
export interface CalendarYearInput {
  holidays: string[];
  makeUpWorkdays: string[];
  /** True only with the State Council's notice in hand; an import without it stays unconfirmed. */
  confirmed?: boolean;
  source: string;
}

const FIELDS = ['holidays', 'makeUpWorkdays', 'confirmed', 'source'] as const;
const SOURCE_MAX_LENGTH = 200;

/**
 * Everything wrong with a year's schedule, field by field. Holidays may fall on weekends, as the published
 * lists do; a make-up working day must replace a weekend day, since a weekday already counts.
 */
export function calendarYearProblems(year: number, input: unknown): FieldProblem[] {
  const shape = [...yearProblems(year), ...objectProblems(input, FIELDS)];
  if (shape.some(isShapeProblem)) return shape;
  const body = input as Record<string, unknown>;
  const problems = [...shape, ...holidayProblems(body.holidays, year), ...makeUpWorkdayProblems(body.makeUpWorkdays, body.holidays, year)];
  if (body.confirmed !== undefined && typeof body.confirmed !== 'boolean') problems.push({ field: 'confirmed', reason: 'must be true or false' });
  return [...problems, ...textProblems(body.source, 'source', true, SOURCE_MAX_LENGTH)];
}

/** The year as stored, dates sorted; throws every problem at once when the input is refused. */
export function parseCalendarYear(year: number, input: unknown): CalendarYear {
  const problems = calendarYearProblems(year, input);
  if (problems.length) throw new FieldProblemsError(problems);
  const body = input as CalendarYearInput;
  return {
    year,
    holidays: [...body.holidays].sort(),
    makeUpWorkdays: [...body.makeUpWorkdays].sort(),
    confirmed: body.confirmed ?? false,
    source: body.source.trim(),
  };
}

// An empty list would make the year plain Monday to Friday while reporting it as covered, hiding the fallback.
function holidayProblems(holidays: unknown, year: number): FieldProblem[] {
  if (!Array.isArray(holidays) || holidays.length === 0) return [{ field: 'holidays', reason: 'must list at least one date' }];
  return dateInYearProblems(holidays, (index) => `holidays[${index}]`, year);
}

function makeUpWorkdayProblems(makeUpWorkdays: unknown, holidays: unknown, year: number): FieldProblem[] {
  if (!Array.isArray(makeUpWorkdays)) return [{ field: 'makeUpWorkdays', reason: 'must be a list of dates, possibly empty' }];
  const field = (index: number) => `makeUpWorkdays[${index}]`;
  const problems = dateInYearProblems(makeUpWorkdays, field, year);
  const holidaySet = new Set(Array.isArray(holidays) ? holidays : []);
  makeUpWorkdays.forEach((date, index) => {
    if (problems.some((problem) => problem.field === field(index))) return;
    if (holidaySet.has(date)) problems.push({ field: field(index), reason: `${date} is also listed as a holiday` });
    else if (!isWeekend(date)) problems.push({ field: field(index), reason: `${date} is a weekday, which is a working day anyway` });
  });
  return problems;
}
