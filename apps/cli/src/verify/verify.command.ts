import { Command } from 'commander';
import { withOperatorContext } from '../operations/operator-context';
import { VERIFY_MODULES, verifyStore } from './verify-store';

export function verifyCommand(): Command {
  return new Command('verify')
    .description('check the store: gaps in stream versions, read models behind the log, workflows that disagree with their stream')
    .action(async () => {
      process.exitCode = await withOperatorContext(process.env, VERIFY_MODULES, (context) => verifyStore(context, process.stdout));
    });
}
