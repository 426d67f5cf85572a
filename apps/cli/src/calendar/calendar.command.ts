import { Command } from 'commander';
import { userInfo } from 'node:os';
import { importCalendarYear, listCalendarYear, listCalendarYears } from './calendar-actions';
import { CalendarModule } from '@keystone/calendar';
import { withOperatorContext } from '../operations/operator-context';

/** The operator's calendar commands, on the database named by DATABASE_URL. */
export function calendarCommand(): Command {
  const calendar = new Command('calendar').description('the working-day calendar: list, import or correct a year');
  calendar
    .command('list')
    .argument('<year>')
    .description("a year's holidays and make-up working days")
    .action(async (year: string) => print(await withOperatorContext(process.env, [CalendarModule], (context) => listCalendarYear(context, year))));
  calendar
    .command('import')
    .argument('<year>')
    .requiredOption('--file <json>', 'the schedule, as the body of PUT /api/calendar/{year}: {"holidays": [], "makeUpWorkdays": [], "confirmed": false, "source": ""}')
    .option('--by <name>', 'who is importing, recorded with the year', `cli (${userInfo().username})`)
    .description('import or correct a year; without "confirmed": true it stays unconfirmed')
    .action(async (year: string, options: { file: string; by: string }) =>
      print(await withOperatorContext(process.env, [CalendarModule], (context) => importCalendarYear(context, year, options.file, options.by))),
    );
  calendar
    .command('years')
    .description('the years covered, unconfirmed and missing')
    .action(async () => print(await withOperatorContext(process.env, [CalendarModule], (context) => listCalendarYears(context, new Date()))));
  return calendar;
}

function print(output: string): void {
  console.log(output);
}
