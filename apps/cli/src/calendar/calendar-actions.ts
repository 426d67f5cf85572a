import { INestApplicationContext } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { CalendarService, CalendarYearView } from '@keystone/calendar';
import { FIRST_CALENDAR_YEAR, FieldProblemsError, LAST_CALENDAR_YEAR, isCalendarYearNumber } from '@keystone/domain';

/** `calendar list <year>`: the year's schedule and the weekdays and weekend days it changes. */
export async function listCalendarYear(context: INestApplicationContext, yearArgument: string): Promise<string> {
  return describeYear(context.get(CalendarService).describeYear(parseYear(yearArgument)));
}

/** `calendar import <year> --file <json>`: the file holds the same JSON as the body of PUT /api/calendar/{year}. */
export async function importCalendarYear(context: INestApplicationContext, yearArgument: string, file: string, by: string): Promise<string> {
  const year = parseYear(yearArgument);
  const input = await readJson(file);
  try {
    const imported = await context.get(CalendarService).importYear(year, input, by);
    const reminder = imported.confirmed ? '' : '\nmarked unconfirmed: import it again with "confirmed": true once the State Council notice is out';
    return `imported ${year}\n${describeYear(imported)}${reminder}`;
  } catch (error) {
    if (!(error instanceof FieldProblemsError)) throw error;
    throw new Error(`${file} is refused, nothing was changed:\n${error.problems.map((problem) => `  ${problem.field}: ${problem.reason}`).join('\n')}`);
  }
}

/** `calendar years`: the years covered, which are unconfirmed, and whether the current or next year is missing. */
export async function listCalendarYears(context: INestApplicationContext, now: Date): Promise<string> {
  const coverage = context.get(CalendarService).coverage(now);
  return [
    `calendar version ${coverage.version}${coverage.region ? `, region ${coverage.region}` : ''}`,
    ...coverage.years.map((year) => `${year.year}  ${year.confirmed ? 'confirmed  ' : 'UNCONFIRMED'}  ${year.source}`),
    coverage.missingYears.length ? `missing: ${coverage.missingYears.join(', ')} (deadlines there assume Monday to Friday)` : 'missing: none',
  ].join('\n');
}

function parseYear(argument: string): number {
  const year = Number(argument);
  if (!/^\d{4}$/.test(argument) || !isCalendarYearNumber(year)) {
    throw new Error(`year must be a year from ${FIRST_CALENDAR_YEAR} to ${LAST_CALENDAR_YEAR}, got "${argument}"`);
  }
  return year;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`cannot read ${file}: ${error.message}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function describeYear(year: CalendarYearView): string {
  return [
    `${year.year}  ${year.confirmed ? 'confirmed' : 'UNCONFIRMED'}  source: ${year.source}`,
    `  updated ${year.updatedAt.toISOString()} by ${year.updatedBy}; calendar version ${year.version}${year.region ? `, region ${year.region}` : ''}`,
    `  holidays (${year.holidays.length}): ${year.holidays.join(' ')}`,
    `  make-up working days (${year.makeUpWorkdays.length}): ${year.makeUpWorkdays.join(' ') || '-'}`,
    `  weekdays off: ${year.nonWorkingWeekdays.join(' ') || '-'}`,
    `  weekend days worked: ${year.workingWeekendDays.join(' ') || '-'}`,
  ].join('\n');
}
