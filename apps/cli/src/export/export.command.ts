import { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { withOperatorContext } from '../operations/operator-context';
import { EXPORT_MODULES, exportEvents } from './export-events';

export function exportCommand(): Command {
  return new Command('export')
    .description("write a project's events as JSON lines, oldest first")
    .argument('<code>', 'the project code')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((code: string, options: { out?: string }) =>
      withOperatorContext(process.env, EXPORT_MODULES, async (context) => {
        if (!options.out) return void (await exportEvents(context, code, process.stdout));
        const file = createWriteStream(options.out, { flags: 'wx' });
        const count = await exportEvents(context, code, file).finally(() => file.end());
        await finished(file);
        console.error(`${count} events of ${code} written to ${options.out}`);
      }),
    );
}
