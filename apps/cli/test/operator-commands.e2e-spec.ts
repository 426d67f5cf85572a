import { INestApplicationContext } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { AsyncProjector, ProjectionRebuilder } from '@keystone/event-store';
import { caughtUp } from '../../../libs/event-store/test/caught-up';
import { KeystoneTestApp } from '../../api/test/support/keystone-test-app';
import { eventually } from '../../api/test/support/project-fixtures';
import { Workload, runWorkload } from '../../api/test/support/project-workload';
import { exportEvents } from '../src/export/export-events';
import { HISTORY_MODULES, printHistory } from '../src/history/print-history';
import { openOperatorContext } from '../src/operations/operator-context';
import { REBUILD_MODULES, rebuildProjections } from '../src/rebuild-projections/rebuild-projections';
import { VERIFY_MODULES, verifyStore } from '../src/verify/verify-store';
import { OutputBuffer } from './support/output-buffer';

const UNKNOWN_CODE = '2026-341521-48-01-999999';

/** The only column that records when a row was written rather than what happened: board and inbox times are the events'. */
const WRITTEN_AT: Record<string, string[]> = { projection_checkpoints: ['updated_at'] };

/** Every row of a table in a stable order, leaving out only when it was written. */
async function snapshot(dataSource: DataSource, table: string): Promise<string[]> {
  const rows: { row: Record<string, unknown> }[] = await dataSource.query(`SELECT to_jsonb(t) - $1::text[] AS row FROM ${table} t`, [WRITTEN_AT[table] ?? []]);
  return rows.map(({ row }) => JSON.stringify(row)).sort();
}

describe('the operator commands on a seeded store', () => {
  let app: KeystoneTestApp;
  let workload: Workload;
  let context: INestApplicationContext;

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    workload = await runWorkload(app);
    // A small rebuild batch makes the rebuild read the log in many batches, each read ahead of the fold.
    context = await openOperatorContext({ ...app.env, TEMPORAL_UI_URL: 'http://temporal-ui.test', REBUILD_BATCH_SIZE: '7' }, [...REBUILD_MODULES, ...VERIFY_MODULES, ...HISTORY_MODULES]);
  });

  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it('keeps the asynchronous read models current from the worker, unasked', async () => {
    const projector = context.get(AsyncProjector);
    await eventually(async () => expect(await projector.lag()).toEqual([{ projection: 'stage-durations', behind: 0 }, { projection: 'investment-reports', behind: 0 }]), 'the worker’s projector catching up');
    const stages = await app.dataSource.query(`SELECT stage, outcome FROM stage_durations WHERE project_code = $1 ORDER BY opened_at`, [workload.refused]);
    expect(stages).toEqual([{ stage: 'siting', outcome: 'refused' }]);
  });

  it('rebuilds every read model from position zero into exactly what the incremental path built', async () => {
    await caughtUp(context.get(AsyncProjector));
    const tables = ['projection_checkpoints', ...context.get(ProjectionRebuilder).tables];
    const incremental = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await snapshot(app.dataSource, table)])));
    for (const table of ['project_board', 'task_inbox', 'stage_durations', 'investment_reports']) expect(incremental[table].length).toBeGreaterThan(0);
    const out = new OutputBuffer();

    const result = await rebuildProjections(context, out);
    await caughtUp(context.get(AsyncProjector));

    const rebuilt = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await snapshot(app.dataSource, table)])));
    for (const table of tables) expect({ table, rows: rebuilt[table] }).toEqual({ table, rows: incremental[table] });
    const [{ events }] = await app.dataSource.query(`SELECT count(*)::int AS events FROM events`);
    expect(result.events).toBe(events);
    expect(out.text).toMatch(new RegExp(`rebuilt project-board, .*stage-durations, investment-reports from ${events} events in \\d+\\.\\d\\d s \\(\\d+ events/s\\)`));
  });

  it('prints a project’s timeline: domain events merged with its workflow history, and the Temporal UI link', async () => {
    const out = new OutputBuffer();

    await printHistory(context, workload.corrected, out);

    const [, link, ...entries] = out.lines;
    expect(link).toBe(`http://temporal-ui.test/namespaces/default/workflows/project-${workload.corrected}`);
    const kinds = entries.map((line) => line.split(/\s+/).slice(1, 4).join(' '));
    expect(kinds[0]).toBe('workflow workflow-started workflow');
    expect(kinds).toEqual(expect.arrayContaining(['domain #1 ProjectRegistered', 'workflow update-accepted update']));
    expect(entries.find((line) => line.includes('TaskDecided') && line.includes('returned'))).toContain('缺少用地红线图');
    expect(entries.map((line) => line.slice(0, 24))).toEqual([...entries.map((line) => line.slice(0, 24))].sort());
  });

  it('exports a project’s events as JSON lines in stream order', async () => {
    const out = new OutputBuffer();

    const count = await exportEvents(context, workload.refused, out);

    const events = out.lines.map((line) => JSON.parse(line));
    expect(events).toHaveLength(count);
    expect(events.map((event) => event.streamVersion)).toEqual(events.map((_, index) => index + 1));
    expect(events[events.length - 1]).toMatchObject({ streamId: workload.refused, type: 'ProjectRefused', data: { reason: '不符合国土空间规划' } });
  });

  it('refuses an unknown project code with a message', async () => {
    await expect(printHistory(context, UNKNOWN_CODE, new OutputBuffer())).rejects.toThrow(`project ${UNKNOWN_CODE} does not exist`);
    await expect(exportEvents(context, UNKNOWN_CODE, new OutputBuffer())).rejects.toThrow(`project ${UNKNOWN_CODE} does not exist`);
  });

  it('runs from the real entry point: a non-zero exit and a message for an unknown code, a JSON-lines file for a known one', async () => {
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['-r', join(__dirname, 'support/register-typescript.js'), join(__dirname, '../src/main.ts'), ...args], { env: { ...process.env, ...app.env } });
    const folder = await mkdtemp(join(tmpdir(), 'keystone-export-'));
    const file = join(folder, 'events.jsonl');

    await expect(cli('export', UNKNOWN_CODE)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`project ${UNKNOWN_CODE} does not exist`) });
    const { stderr } = await cli('export', workload.corrected, '--out', file);

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(stderr).toContain(`${lines.length} events of ${workload.corrected} written to ${file}`);
    expect(lines.map((line) => JSON.parse(line).streamId)).toEqual(lines.map(() => workload.corrected));
    await rm(folder, { recursive: true });
  });

  it('verifies a consistent store, then reports a gap, a board behind its stream and a workflow that disagrees', async () => {
    await caughtUp(context.get(AsyncProjector));
    const clean = new OutputBuffer();
    expect(await verifyStore(context, clean)).toBe(0);
    expect(clean.text).toMatch(/^✓ \d+ streams, \d+ events/);

    const [{ head }] = await app.dataSource.query(`SELECT max(stream_version) AS head FROM events WHERE stream_id = $1`, [workload.completed]);
    await app.dataSource.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
       VALUES (gen_random_uuid(), $1, $2, 'ProjectCompleted', 1, '{"completedAt": "2026-12-01T00:00:00Z"}', '{"kind":"system","rule":"test"}', 'c', 'c', now())`,
      [workload.completed, head + 2],
    );
    const findings = new OutputBuffer();

    expect(await verifyStore(context, findings)).toBe(1);

    expect(findings.text).toContain(`stream-gap         ${workload.completed}: stream versions ${head + 1} are missing`);
    expect(findings.text).toContain(`board-behind       ${workload.completed}: board row at version ${head}, the stream's head is ${head + 2}`);
    expect(findings.text).toContain(`workflow-disagrees ${workload.completed}: workflow project-${workload.completed} holds version ${head}, the stream's head is ${head + 2}`);
  });
});
