import { ApiClient } from './support/api-client';
import { KeystoneTestApp } from './support/keystone-test-app';
import { officerOf, registerProject } from './support/project-fixtures';
import { Workload, runWorkload } from './support/project-workload';

type Entry = { source: string; at: string; type?: string; kind?: string; streamVersion?: number; event?: { data: { decision?: string } } };

describe('a project’s history: time travel and the operator’s view', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  let workload: Workload;
  let code: string;
  /** When each step of the corrected project's history happened, as the store recorded it. */
  const instants: Record<'registered' | 'returned' | 'resubmitted' | 'approved', string> = { registered: '', returned: '', resubmitted: '', approved: '' };

  const lastOccurredAt = async (): Promise<string> =>
    (await app.dataSource.query(`SELECT max(occurred_at) AS at FROM events WHERE stream_id = $1`, [code]))[0].at.toISOString();
  const justBefore = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();
  const asOf = (path: string, instant: string) => office.get(`${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(instant)}`);

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    office = await app.as('office');
    workload = await runWorkload(app);
    const { project } = await registerProject(office, { township: 'nanshan' });
    code = project.code;
    instants.registered = await lastOccurredAt();
    const [task] = project.tasks;
    const officer = await app.as(officerOf(task.department));
    await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'return', comment: '缺少用地红线图' });
    instants.returned = await lastOccurredAt();
    await (await app.as('owner-county-investment-group')).post(`/api/tasks/${task.id}/resubmit`, { comment: '已补充红线图' });
    instants.resubmitted = await lastOccurredAt();
    await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve' });
    instants.approved = await lastOccurredAt();
  });

  afterAll(() => app?.stop());

  it('folds a project as it stood at each instant of its history', async () => {
    const states = await Promise.all(
      [justBefore(instants.registered), instants.registered, justBefore(instants.returned), instants.returned, instants.resubmitted, instants.approved].map((at) =>
        asOf(`/api/projects/${code}`, at),
      ),
    );

    expect(states[0].status).toBe(404);
    expect(states[0].body.message).toContain('not yet registered');
    const summary = ({ body }: { body: { currentStage: string; tasks: { stage: string; status: string; lastComment?: string }[] } }) => ({
      stage: body.currentStage,
      siting: body.tasks.find((task) => task.stage === 'siting')?.status,
      comment: body.tasks.find((task) => task.stage === 'siting')?.lastComment,
    });
    expect(states.slice(1).map(summary)).toEqual([
      { stage: 'siting', siting: 'pending', comment: undefined },
      { stage: 'siting', siting: 'pending', comment: undefined },
      { stage: 'siting', siting: 'returned', comment: '缺少用地红线图' },
      { stage: 'siting', siting: 'pending', comment: '已补充红线图' },
      { stage: 'land-pre-review', siting: 'approved', comment: '' },
    ]);
    expect(states[5].body).toEqual((await office.get(`/api/projects/${code}`)).body);
  });

  it('lists the board as it stood then, filters and all', async () => {
    const board = async (query: string, at: string) => (await asOf(`/api/projects?limit=1000${query}`, at)).body.items.map((row: { code: string }) => row.code);

    expect(await board('', justBefore(instants.registered))).not.toContain(code);
    expect(await board('&township=nanshan', instants.registered)).toEqual([code]);
    expect(await board('&stage=siting&township=nanshan', instants.resubmitted)).toEqual([code]);
    expect(await board('&stage=siting&township=nanshan', instants.approved)).toEqual([]);
    expect(await board('&department=natural-resources&township=nanshan', instants.returned)).toEqual([code]);
    expect(await board('&status=refused', instants.approved)).toEqual([workload.refused]);
  });

  it('gives, as of now, the live board’s rows', async () => {
    const live = (await office.get('/api/projects?limit=1000')).body;
    const now = (await asOf('/api/projects?limit=1000', new Date(Date.now() + 1_000).toISOString())).body;
    // The live board words an on-schedule light itself; folded from the events, only an alert explains a light.
    const comparable = ({ lightExplanation: _wording, ...row }: Record<string, unknown>) => row;
    expect(now.total).toBe(live.total);
    expect(now.items.map(comparable)).toEqual(live.items.map(comparable));
  });

  it('answers a malformed asOf with 400 naming the field', async () => {
    for (const path of [`/api/projects/${code}`, '/api/projects']) {
      const response = await asOf(path, 'last tuesday');
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual([expect.objectContaining({ field: 'asOf' })]);
    }
  });

  it('merges the domain events with the workflow’s history in time order, with a link into the Temporal UI', async () => {
    const response = await (await app.as('operator')).get(`/api/projects/${code}/history`);

    expect(response.status).toBe(200);
    expect(response.body.temporalUiUrl).toBe(`${app.env.TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233'}/namespaces/default/workflows/project-${code}`);
    const entries: Entry[] = response.body.entries;
    expect(entries.map((entry) => entry.at)).toEqual(entries.map((entry) => entry.at).sort());
    const domain = entries.filter((entry) => entry.source === 'domain');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [code]);
    expect(domain.map((entry) => entry.streamVersion)).toEqual(Array.from({ length: n }, (_, index) => index + 1));
    const kinds = entries.map((entry) => entry.kind ?? entry.type);
    expect(kinds.filter((kind) => kind === 'update-accepted')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'update-completed')).toHaveLength(3);
    expect(entries.filter((entry) => entry.kind === 'local-activity').every((entry) => (entry as { attempt?: number }).attempt === 1)).toBe(true);
    const position = (predicate: (entry: Entry) => boolean) => entries.findIndex(predicate);
    const returned = position((entry) => entry.type === 'TaskDecided' && entry.event?.data.decision === 'returned');
    expect(position((entry) => entry.kind === 'workflow-started')).toBeLessThan(position((entry) => entry.type === 'ProjectRegistered'));
    expect(position((entry) => entry.type === 'ProjectRegistered')).toBeLessThan(returned);
    expect(returned).toBeLessThan(position((entry) => entry.kind === 'update-completed'));
    expect(position((entry) => entry.kind === 'update-completed')).toBeLessThan(position((entry) => entry.type === 'TaskResubmitted'));
  });

  it('shows the history to the office, operators and county leaders only, and 404 for an unknown project', async () => {
    for (const [username, status] of [['office', 200], ['leader-wang', 200], [officerOf('natural-resources'), 403], ['owner-county-investment-group', 403]] as const) {
      expect({ username, status: (await (await app.as(username)).get(`/api/projects/${code}/history`)).status }).toEqual({ username, status });
    }
    expect((await office.get('/api/projects/2026-341521-48-01-999999/history')).status).toBe(404);
  });
});
