import { Command } from 'commander';
import { withOperatorContext } from '../operations/operator-context';
import { HISTORY_MODULES, printHistory } from './print-history';

export function historyCommand(): Command {
  return new Command('history')
    .description("print a project's domain events merged in time order with its workflow's Temporal history")
    .argument('<code>', 'the project code')
    .action((code: string) => withOperatorContext(process.env, HISTORY_MODULES, (context) => printHistory(context, code, process.stdout)));
}
