import 'reflect-metadata';
import { Command, InvalidArgumentError, Option } from 'commander';
import { join } from 'node:path';
import { repoRoot } from '@keystone/stack';
import { benchPlan } from './bench-plan';
import { runBenchmark } from './bench-run';
import { markdownReport } from './report/markdown-report';
import { writeResults } from './report/results-files';
import { BenchEnvironment } from './stack/bench-environment';

const program = new Command('bench')
  .description("Keystone's speed and memory beside the bare Temporal engine, on a stack of its own")
  .option('--quick', 'every measurement at small sizes, in under three minutes')
  .option('--projects <n>', 'portfolio size N (default 10,000, at least 100; 400 and at least 20 with --quick)', wholeNumber)
  .option('--out <folder>', 'where to write the results', join(repoRoot(), 'apps', 'bench', 'results'))
  .addOption(new Option('--tiny', 'the smallest sizes that still measure everything, for the test').hideHelp())
  .action(async (options: { quick?: boolean; tiny?: boolean; projects?: number; out: string }) => {
    const plan = benchPlan(options);
    // Given servers are used as they are; the benchmark makes its own database and task queues on them.
    const env = new BenchEnvironment({ temporalAddress: process.env.TEMPORAL_ADDRESS || undefined, databaseServerUrl: process.env.DATABASE_URL || undefined });
    const stop = () => void env.stop().finally(() => process.exit(130));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const report = await runBenchmark(env, plan);
      const files = await writeResults(options.out, report);
      console.log(`\n${markdownReport(report)}\n\nwritten to ${files.json} and ${files.markdown}`);
    } catch (error) {
      if (env.dataDir) console.error(await env.logTails());
      throw error;
    } finally {
      await env.stop();
    }
  });

function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('a whole number');
  return parsed;
}

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`the benchmark failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
