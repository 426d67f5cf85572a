import 'reflect-metadata';
import { Command } from 'commander';
import { calendarCommand } from './calendar/calendar.command';
import { exportCommand } from './export/export.command';
import { historyCommand } from './history/history.command';
import { rebuildProjectionsCommand } from './rebuild-projections/rebuild-projections.command';
import { startCommand } from './start/start.command';
import { verifyCommand } from './verify/verify.command';

const program = new Command('keystone').description('Keystone: key construction projects from siting to completion');
program.addCommand(startCommand());
program.addCommand(calendarCommand());
program.addCommand(historyCommand());
program.addCommand(exportCommand());
program.addCommand(rebuildProjectionsCommand());
program.addCommand(verifyCommand());

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
