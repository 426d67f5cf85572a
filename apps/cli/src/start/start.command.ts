import { Command } from 'commander';
import { loadDevStackConfig } from '@keystone/config';
import { repoRoot } from '@keystone/stack';
import { join } from 'node:path';
import { KeystoneLauncher } from './keystone-launcher';

export function startCommand(): Command {
  return new Command('start')
    .description('run the whole stack on this machine (Temporal dev server, PostgreSQL, worker, API) with a demo county')
    .action(async () => {
      const launcher = new KeystoneLauncher(loadDevStackConfig(process.env, join(repoRoot(), '.data')));
      let stopping = false;
      const stop = async (code: number) => {
        if (stopping) return;
        stopping = true;
        console.log('\nstopping Keystone …');
        await launcher.stop();
        process.exit(code);
      };
      process.once('SIGINT', () => void stop(0));
      process.once('SIGTERM', () => void stop(0));
      try {
        await launcher.start();
        await launcher.exited();
        if (stopping) return;
        console.error('a Keystone process exited unexpectedly; see its log in the data folder');
        await stop(1);
      } catch (error) {
        console.error(`Keystone did not start: ${(error as Error).message}`);
        await stop(1);
      }
    });
}
