import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { temporalCliPath } from './tool-paths';

export interface TemporalDevServerOptions {
  dataDir: string;
  port: number;
  uiPort: number;
  headless?: boolean;
  namespace?: string;
  logFile?: string;
}

const READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 200;
const CONNECT_ATTEMPT_MS = 1_000;
const STOP_GRACE_MS = 10_000;
const LOG_TAIL_LINES = 30;

export class TemporalDevServer {
  readonly address: string;
  readonly uiUrl: string;
  private readonly exited: Promise<void>;
  private ended = false;
  // Exit handlers cannot wait, so only SIGKILL is certain; SQLite in WAL mode survives a killed process.
  private readonly killOnParentExit = (): void => {
    this.child.kill('SIGKILL');
  };

  private constructor(
    private readonly child: ChildProcess,
    private readonly logFile: string,
    port: number,
    uiPort: number,
  ) {
    this.address = `127.0.0.1:${port}`;
    this.uiUrl = `http://127.0.0.1:${uiPort}`;
    this.exited = new Promise((resolve) => {
      const end = (): void => {
        this.ended = true;
        resolve();
      };
      child.once('exit', end);
      child.once('error', end);
    });
    process.on('exit', this.killOnParentExit);
  }

  static async start(opts: TemporalDevServerOptions): Promise<TemporalDevServer> {
    await mkdir(opts.dataDir, { recursive: true });
    const logFile = opts.logFile ?? join(opts.dataDir, 'temporal.log');
    const log = openSync(logFile, 'a');
    try {
      const child = spawn(temporalCliPath(), devServerArgs(opts), { stdio: ['ignore', log, log] });
      const server = new TemporalDevServer(child, logFile, opts.port, opts.uiPort);
      await server.waitUntilReady();
      return server;
    } finally {
      closeSync(log);
    }
  }

  async stop(): Promise<void> {
    process.off('exit', this.killOnParentExit);
    if (this.ended) {
      return;
    }
    this.child.kill('SIGTERM');
    const escalation = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    try {
      await this.exited;
    } finally {
      clearTimeout(escalation);
    }
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastError: unknown;
    while (Date.now() < deadline && !this.ended) {
      try {
        await this.querySystemInfo(Math.min(CONNECT_ATTEMPT_MS, deadline - Date.now()));
        return;
      } catch (error) {
        lastError = error;
        await sleep(READY_POLL_MS);
      }
    }
    const reason = this.ended
      ? `exited early (exit code ${this.child.exitCode}, signal ${this.child.signalCode})`
      : `did not answer at ${this.address} within ${READY_TIMEOUT_MS / 1000} s (${describe(lastError)})`;
    await this.stop();
    throw new Error(`Temporal dev server ${reason}. Last lines of ${this.logFile}:\n${await this.logTail()}`);
  }

  // Connection.connect does the same (it waits for the channel, then calls getSystemInfo) but leaks the channel
  // when it fails; a lazy connection can be closed either way.
  private async querySystemInfo(timeoutMs: number): Promise<void> {
    const connection = Connection.lazy({ address: this.address, connectTimeout: Math.max(timeoutMs, 1) });
    try {
      await connection.ensureConnected();
    } finally {
      await connection.close();
    }
  }

  private async logTail(): Promise<string> {
    const text = await readFile(this.logFile, 'utf8').catch(() => '');
    return text.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
  }
}

function devServerArgs(opts: TemporalDevServerOptions): string[] {
  const args = [
    'server', 'start-dev',
    '--ip', '127.0.0.1',
    '--port', String(opts.port),
    '--ui-port', String(opts.uiPort),
    '--db-filename', join(opts.dataDir, 'temporal.sqlite'),
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=normal',
    '--log-level', 'warn',
    '--namespace', opts.namespace ?? 'default',
  ];
  return opts.headless ? [...args, '--headless'] : args;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error ?? 'no answer yet');
}
