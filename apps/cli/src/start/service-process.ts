import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder holding apps/ and libs/ in this build: dist/ when compiled. */
const CODE_ROOT = resolve(__dirname, '../../../..');

/** A Keystone process (api or worker) started from the compiled code, its output in a log file. */
export class ServiceProcess {
  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly exited: Promise<number | null>,
  ) {}

  static start(name: 'api' | 'worker', env: Record<string, string>, logFile: string): ServiceProcess {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', join(CODE_ROOT, 'apps', name, 'src', 'main.js')], {
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
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
