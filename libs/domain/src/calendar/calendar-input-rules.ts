import { FieldProblem } from '../errors';
import { isCalendarDate } from './calendar-dates';

/** The years an operator may enter: the official data starts in 2004, and a typo such as 20277 should not pass. */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;

export function isCalendarYearNumber(year: unknown): year is number {
  return Number.isInteger(year) && (year as number) >= FIRST_CALENDAR_YEAR && (year as number) <= LAST_CALENDAR_YEAR;
}

export function yearProblems(year: unknown): FieldProblem[] {
  return isCalendarYearNumber(year) ? [] : [{ field: 'year', reason: `must be a year from ${FIRST_CALENDAR_YEAR} to ${LAST_CALENDAR_YEAR}` }];
}

/** The body must be an object holding only the named fields, so a misspelt field is refused rather than ignored. */
export function objectProblems(input: unknown, fields: readonly string[]): FieldProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ field: 'body', reason: 'must be an object' }];
  return Object.keys(input)
    .filter((key) => !fields.includes(key))
    .map((field) => ({ field, reason: 'should not exist' }));
}

/** A wrong year or a body that is not an object leaves nothing sensible to check field by field. */
export function isShapeProblem(problem: FieldProblem): boolean {
  return problem.field === 'year' || problem.field === 'body';
}

/** Each date must be a real 'YYYY-MM-DD' date inside `year`, listed once. */
export function dateInYearProblems(values: readonly unknown[], field: (index: number) => string, year: number): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  values.forEach((value, index) => {
    if (!isCalendarDate(value)) problems.push({ field: field(index), reason: 'must be a date written YYYY-MM-DD' });
    else if (!value.startsWith(`${year}-`)) problems.push({ field: field(index), reason: `must be a date in ${year}` });
    else if (seen.has(value)) problems.push({ field: field(index), reason: `repeats ${value}` });
    else seen.add(value);
  });
  return problems;
}

export function textProblems(value: unknown, field: string, required: boolean, maxLength: number): FieldProblem[] {
  if (value === undefined && !required) return [];
  if (typeof value !== 'string' || (required && !value.trim())) return [{ field, reason: required ? 'must be a non-empty string' : 'must be a string' }];
  return value.length > maxLength ? [{ field, reason: `must be at most ${maxLength} characters` }] : [];
}
