import 'reflect-metadata';
import { Command } from 'commander';
import { startCommand } from './start/start.command';

const program = new Command('keystone').description('Keystone: key construction projects from siting to completion');
program.addCommand(startCommand());

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
