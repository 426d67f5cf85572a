import { STAGE_KEYS } from '@keystone/domain';
import { ApiClient } from './support/api-client';
import { KeystoneTestApp } from './support/keystone-test-app';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

type Row = { code?: string; projectCode?: string; ownerUnit?: string; department?: string; id?: string };

describe('each role sees what DOMAIN.md says it sees', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  let owner: ApiClient;
  let officer: ApiClient;
  let own: string;
  let other: string;

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    office = await app.as('office');
    owner = await app.as('owner-county-investment-group');
    officer = await app.as(officerOf('natural-resources'));
    own = (await registerProject(office)).profile.code;
    other = (await registerProject(office, { ownerUnit: 'xinneng-energy', leader: 'leader-li' })).profile.code;
  });

  afterAll(() => app?.stop());

  const items = async (client: ApiClient, path: string): Promise<Row[]> => {
    const response = await client.get(path);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(response.body.items.length);
    return response.body.items;
  };

  it('shows an owner unit only its own projects, one by one and on the board', async () => {
    const board = await items(owner, '/api/projects?limit=1000');
    expect(board.map((row) => row.code)).toContain(own);
    expect(new Set(board.map((row) => row.ownerUnit))).toEqual(new Set(['county-investment-group']));
    expect((await owner.get(`/api/projects/${own}`)).status).toBe(200);
    const stranger = await owner.get(`/api/projects/${other}`);
    expect(stranger.status).toBe(403);
    expect(stranger.body.profile).toBeUndefined();
    expect((await owner.get('/api/projects?ownerUnit=xinneng-energy')).status).toBe(403);
  });

  it('shows an owner unit only the tasks of its own projects', async () => {
    const tasks = await items(owner, '/api/tasks?limit=1000');
    const projects = new Set(tasks.map((task) => task.projectCode));
    expect(projects.has(own)).toBe(true);
    expect(projects.has(other)).toBe(false);
    expect(await items(owner, `/api/tasks?projectCode=${other}`)).toEqual([]);
  });

  it('shows a department officer only that department’s tasks, and refuses a filter for another', async () => {
    const tasks = await items(officer, '/api/tasks?limit=1000');
    expect(tasks.map((task) => task.projectCode)).toEqual(expect.arrayContaining([own, other]));
    expect(new Set(tasks.map((task) => task.department))).toEqual(new Set(['natural-resources']));
    expect(await items(officer, '/api/tasks?department=natural-resources&limit=1000')).toEqual(tasks);
    const elsewhere = await officer.get('/api/tasks?department=ecology-environment');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.message).toContain('natural-resources');
  });

  it('shows the office, a county leader and the operator the whole portfolio', async () => {
    for (const username of ['office', 'leader-wang', 'operator']) {
      const client = username === 'office' ? office : await app.as(username);
      const codes = (await items(client, '/api/projects?limit=1000')).map((row) => row.code);
      expect({ username, codes }).toEqual({ username, codes: expect.arrayContaining([own, other]) });
      const tasks = (await items(client, '/api/tasks?limit=1000')).map((row) => row.projectCode);
      expect({ username, tasks }).toEqual({ username, tasks: expect.arrayContaining([own, other]) });
    }
  });

  it('refuses an owner resubmitting another owner’s task, which stays returned', async () => {
    const [task] = (await office.get(`/api/projects/${other}`)).body.tasks;
    expect((await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'return', comment: '缺少材料' })).status).toBe(200);
    const response = await owner.post(`/api/tasks/${task.id}/resubmit`, { comment: '代为补正' });
    expect(response.status).toBe(403);
    const after = (await office.get(`/api/projects/${other}`)).body.tasks.find((candidate: Row) => candidate.id === task.id);
    expect(after.status).toBe('returned');
  });

  it('shows an owner unit only the alerts and problems of its own projects', async () => {
    // A task limit of one second, so each unit's project has an alert moments after it is registered.
    const task = { key: 'main', name: '选址意见书', department: 'natural-resources', statutoryLimit: { duration: 'PT1S' } };
    const stages = STAGE_KEYS.map((stage) => ({ stage, name: stage, timeLimit: { duration: 'P1D' }, tasks: [task] }));
    expect((await office.post('/api/templates', { id: 'visibility-1s', name: '一秒法定时限', projectType: 'visibility-1s', stages })).status).toBe(201);
    const fast = { templateId: 'visibility-1s', projectType: 'visibility-1s' };
    const alerted = [(await registerProject(office, fast)).profile.code, (await registerProject(office, { ...fast, ownerUnit: 'xinneng-energy', leader: 'leader-li' })).profile.code];
    for (const code of [own, other]) {
      const raised = await office.post(`/api/projects/${code}/problems`, { description: '征地拆迁未完成', responsibleUnit: 'natural-resources', rectificationDeadline: '2099-01-06' });
      expect(raised.status).toBe(200);
    }
    await eventually(async () => {
      const codes = new Set((await items(office, '/api/alerts?recipient=&limit=1000')).map((row) => row.projectCode));
      if (!alerted.every((code) => codes.has(code))) throw new Error('not both projects alerted yet');
    }, 'both task limits passing');
    expect(new Set((await items(owner, '/api/alerts?limit=1000')).map((row) => row.projectCode))).toEqual(new Set([alerted[0]]));
    expect(await items(owner, `/api/alerts?projectCode=${alerted[1]}`)).toEqual([]);
    expect(new Set((await items(owner, '/api/problems?limit=1000')).map((row) => row.projectCode))).toEqual(new Set([own]));
    expect(await items(owner, `/api/problems?projectCode=${other}`)).toEqual([]);
    expect((await items(office, '/api/problems?limit=1000')).map((row) => row.projectCode)).toEqual(expect.arrayContaining([own, other]));
  });
});
