import { Command } from 'commander';
import { withOperatorContext } from '../operations/operator-context';
import { REBUILD_MODULES, rebuildProjections } from './rebuild-projections';

export function rebuildProjectionsCommand(): Command {
  return new Command('rebuild-projections')
    .description('empty every read model and replay all events into it from position zero, in one transaction')
    .action(async () => {
      await withOperatorContext(process.env, REBUILD_MODULES, (context) => rebuildProjections(context, process.stdout));
    });
}
