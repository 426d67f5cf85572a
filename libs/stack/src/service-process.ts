import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder holding apps/ and libs/ in this build: dist/ when compiled. */
const CODE_ROOT = resolve(__dirname, '../../..');

/** A Node process started from the compiled code (the api, the worker), its output in a log file. */
export class ServiceProcess {
  // Exit handlers cannot wait, so only SIGKILL is certain; a crashed parent must not leave services behind.
  private readonly killOnParentExit = (): void => {
    this.child.kill('SIGKILL');
  };

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly exited: Promise<number | null>,
  ) {
    process.on('exit', this.killOnParentExit);
  }

  /** `entry` is the compiled script relative to the code root, e.g. `apps/api/src/main.js`. */
  static start(name: string, entry: string, env: Record<string, string>, logFile: string): ServiceProcess {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', join(CODE_ROOT, entry)], {
      env: { ...process.env, ...env, TS_NODE_BASEURL: CODE_ROOT },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    return new ServiceProcess(name, child, exited);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Resolves with the exit code if the process dies on its own. */
  whenExited(): Promise<number | null> {
    return this.exited;
  }

  async stop(graceMs = 15_000): Promise<void> {
    process.off('exit', this.killOnParentExit);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
