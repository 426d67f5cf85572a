import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@keystone/stack';
import type { BenchReport, Figure } from '../src/report/bench-results';

const RUN_TIMEOUT_MS = 420_000;

/** Every figure of issue 9 the benchmark reports; sized ones at each portfolio size, disk at the last. */
const FIGURES = ['registration.sequential.p50', 'registration.sequential.p99', 'registration.concurrent10.throughput', 'registration.concurrent50.throughput'];
const PER_SIZE = ['decision.sequential.p50', 'decision.sequential.p99', 'decision.direct.p50', 'decision.direct.p99', 'decision.concurrent10.throughput', 'decision.visible-on-return', 'board.p50', 'board.p99', 'board-summary.p50', 'board-summary.p99', 'inbox.p50', 'inbox.p99', 'notice.p50', 'notice.p99', 'monthly-reports.p50', 'monthly-reports.p99', 'memory.worker', 'memory.api'];
const DEADLINES = ['deadline.count', 'deadline.spread', 'deadline.inbox.lag', 'deadline.inbox.lost', 'deadline.inbox.doubled'];
const WEBHOOK = ['deadline.webhook.lag', 'deadline.webhook.lost', 'deadline.webhook.doubled'];
const AT_LAST_SIZE = ['disk.postgres', 'disk.temporal'];
const REBUILD = ['rebuild.events', 'rebuild.rate'];

/**
 * `npm run bench -- --quick` at tiny sizes, on a stack of its own: the shared test servers' addresses are
 * withheld, so it brings up its own on free ports. Nothing here asserts a speed.
 */
describe('npm run bench', () => {
  let folder: string;
  let report: BenchReport;
  let markdown: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'keystone-bench-results-'));
    const env = { ...process.env };
    for (const shared of ['TEMPORAL_ADDRESS', 'DATABASE_URL']) delete env[shared];
    await promisify(execFile)('npm', ['run', 'bench', '--', '--quick', '--tiny', '--out', folder], { cwd: repoRoot(), env, timeout: RUN_TIMEOUT_MS, maxBuffer: 16 * 2 ** 20 }).catch(
      (error: Error & { stdout?: string; stderr?: string }) => {
        throw new Error(`npm run bench failed: ${error.message}\n${error.stdout?.slice(-4000)}\n${error.stderr?.slice(-4000)}`);
      },
    );
    const files = await readdir(folder);
    const named = (extension: string) => join(folder, files.find((file) => file.endsWith(extension))!);
    report = JSON.parse(await readFile(named('.json'), 'utf8'));
    markdown = await readFile(named('.md'), 'utf8');
  }, RUN_TIMEOUT_MS + 30_000);

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes <date>-<machine> results, with the mode in the name of a run that is not the full one', async () => {
    expect((await readdir(folder)).sort()).toEqual([`${report.run.date}-${report.run.machine}-tiny.json`, `${report.run.date}-${report.run.machine}-tiny.md`]);
  });

  it('reports every figure as a number, or says why the build could not measure it', () => {
    const [small, large] = report.run.sizes;
    const expected = [
      ...[...FIGURES, ...DEADLINES, ...WEBHOOK, ...REBUILD].map((key) => ({ key, size: undefined })),
      ...[small, large].flatMap((size) => PER_SIZE.map((key) => ({ key, size }))),
      ...AT_LAST_SIZE.map((key) => ({ key, size: large })),
    ];
    const missing = new Map(report.unavailable.map((entry) => [entry.key, entry.reason]));
    for (const { key, size } of expected) {
      const figure = report.figures.find((candidate) => candidate.key === key && candidate.size === size);
      if (!figure) {
        expect({ key, reason: missing.get(key) }).toEqual({ key, reason: expect.stringMatching(/\S/) });
        continue;
      }
      expect({ key, size, keystone: Number.isFinite(figure.keystone), bare: figure.bare === undefined || Number.isFinite(figure.bare) }).toEqual({ key, size, keystone: true, bare: true });
    }
    expect(report.figures).toHaveLength(expected.length - report.unavailable.length);
  });

  it('compares the engine-bound figures with the bare engine measured in the same run', () => {
    const withBare = report.figures.filter((figure) => figure.bare !== undefined).map((figure) => figure.key);
    expect(new Set(withBare)).toEqual(
      new Set(['registration.sequential.p50', 'registration.sequential.p99', 'registration.concurrent10.throughput', 'registration.concurrent50.throughput', 'decision.sequential.p50', 'decision.sequential.p99', 'decision.direct.p50', 'decision.direct.p99', 'decision.concurrent10.throughput', 'deadline.count', 'deadline.spread', 'deadline.inbox.lag', 'deadline.inbox.lost', 'rebuild.events', 'rebuild.rate', ...(report.unavailable.some((entry) => entry.key === 'deadline.webhook.lag') ? [] : ['deadline.webhook.lag'])]),
    );
  });

  it('rebuilds from every event in the store, as many as COPY moves', () => {
    const events = report.figures.find((figure) => figure.key === 'rebuild.events')!;
    expect(events.keystone).toBe(events.bare);
  });

  it('shows in the markdown the same numbers as in the JSON', () => {
    for (const figure of report.figures) {
      const cells = markdownRow(markdown, `${figure.label} (${figure.unit})`);
      const at = figure.size === undefined ? '' : ` @ N=${figure.size}`;
      expect({ key: figure.key, size: figure.size, keystone: agrees(cells.get(`Keystone${at}`), figure.keystone) }).toEqual({ key: figure.key, size: figure.size, keystone: true });
      if (figure.bare !== undefined) expect({ key: figure.key, bare: agrees(cells.get(`bare${at}`), figure.bare) }).toEqual({ key: figure.key, bare: true });
    }
  });

  it('judges each target of the issue, and says what it measured', () => {
    expect(report.targets).toHaveLength(10);
    for (const target of report.targets) {
      expect(target).toEqual(expect.objectContaining({ target: expect.stringMatching(/\S/), measured: expect.stringMatching(/\S/) }));
      expect([true, false, null]).toContain(target.met);
      expect(markdown).toContain(`| ${target.target} | ${target.measured} |`);
    }
  });
});

/** The cells of the markdown table row whose first cell is the label, by column header. */
function markdownRow(markdown: string, label: string): Map<string, string> {
  const lines = markdown.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`| ${label} |`));
  if (index < 0) throw new Error(`no row "${label}" in the markdown`);
  let header = index;
  while (!lines[header - 1].includes('---')) header -= 1;
  const cells = (line: string) => line.slice(2, -2).split(' | ');
  const names = cells(lines[header - 2]);
  return new Map(cells(lines[index]).map((cell, column) => [names[column], cell]));
}

/** Whether a cell shows the value, to the digits the cell has. */
function agrees(cell: string | undefined, value: Figure['keystone']): boolean {
  if (cell === undefined || !/^-?\d+(\.\d+)?$/.test(cell)) return false;
  const digits = cell.split('.')[1]?.length ?? 0;
  return Math.abs(Number(cell) - value) <= 0.5 * 10 ** -digits + 1e-9;
}
