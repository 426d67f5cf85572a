import { JwtService } from '@nestjs/jwt';
import { ROLES, Role, beijingMonth } from '@keystone/domain';
import { ApiClient } from './support/api-client';
import { ROLE_ACCOUNTS, outcome, uniqueCode, writeFootprint } from './support/access-fixtures';
import { KeystoneTestApp } from './support/keystone-test-app';
import { eventually, officerOf, projectProfile, registerProject } from './support/project-fixtures';

interface Route {
  /** As the OpenAPI document names it. */
  route: string;
  allowed: readonly Role[];
  /** A request an allowed role succeeds with, on fresh data so that no case depends on another. */
  request: () => Promise<RouteRequest>;
  /** Waits until a successful request has finished writing, when it goes on after answering. */
  settle?: (request: RouteRequest) => Promise<unknown>;
}

interface RouteRequest {
  path: string;
  body?: unknown;
}

type Who = Role | 'anonymous';

type ProjectTask = { id: string; department: string; status: string };

describe('who may see and do what, over HTTP against the real stack', () => {
  let app: KeystoneTestApp;
  const clients = {} as Record<Role, ApiClient>;
  let project: { code: string; tasks: ProjectTask[] };
  let template: { projectType: string; stages: unknown[] };

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    for (const role of ROLES) clients[role] = await app.as(ROLE_ACCOUNTS[role]);
    project = (await registerProject(clients.office)).project;
    // Under way since before 2020 and never reporting: every month of 2020 has a late report to chase.
    await app.dataSource.query(`UPDATE project_board SET registered_at = '2019-12-01T00:00:00+08:00' WHERE code = $1`, [project.code]);
    template = (await clients.office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'default');
  });

  afterAll(() => app?.stop());

  const footprint = () => writeFootprint(app.dataSource);

  /** The first task of a freshly registered project: natural-resources' site opinion, pending. */
  const pendingTask = async (): Promise<string> => (await registerProject(clients.office)).project.tasks[0].id;

  const returnedTask = async (): Promise<string> => {
    const id = await pendingTask();
    const returned = await clients['department-officer'].post(`/api/tasks/${id}/decision`, { decision: 'return', comment: '缺少用地红线图' });
    if (returned.status !== 200) throw new Error(`return failed: ${JSON.stringify(returned.body)}`);
    return id;
  };

  /** A fresh project walked through 开工 by its departments: built, 竣工 waiting for the owner's application. */
  const officers = new Map<string, Promise<ApiClient>>();
  const builtProject = async (): Promise<string> => {
    let current = (await registerProject(clients.office)).project;
    while (current.currentStage) {
      for (const task of current.tasks.filter((candidate: ProjectTask) => candidate.status === 'pending')) {
        if (!officers.has(task.department)) officers.set(task.department, app.as(officerOf(task.department)));
        current = (await (await officers.get(task.department)!).post(`/api/tasks/${task.id}/decision`, { decision: 'approve' })).body.project;
      }
    }
    return current.code;
  };

  const taskStatus = async (id: string): Promise<string> =>
    (await clients.office.get(`/api/projects/${id.split('.')[0]}`)).body.tasks.find((task: { id: string }) => task.id === id).status;

  const at = (path: string) => async () => ({ path });

  /** A fresh project whose template has been revised since it was registered: 竣工's limit grows by a day each time. */
  let revisions = 0;
  const projectOnRevisedTemplate = async (): Promise<string> => {
    const revisable = { ...template, id: 'access-revisable', name: '修订测试模板', projectType: 'access-revisable' };
    if (revisions === 0) await clients.office.post('/api/templates', revisable);
    const { code } = (await registerProject(clients.office, { templateId: revisable.id, projectType: revisable.projectType })).profile;
    revisions += 1;
    const stages = (revisable.stages as { stage: string }[]).map((stage) => (stage.stage === 'completion' ? { ...stage, timeLimit: { workingDays: 20 + revisions } } : stage));
    await clients.office.put(`/api/templates/${revisable.id}`, { ...revisable, stages });
    return code;
  };
  let rolloutStarted: Promise<unknown> | undefined;
  /** A template with a rollout behind it, so its latest rollout can be read. */
  const templateRolledOut = async (): Promise<string> => {
    const rolledOut = { ...template, id: 'access-rollout', name: '批量改用测试模板', projectType: 'access-rollout' };
    rolloutStarted ??= clients.office.post('/api/templates', rolledOut).then(() => clients.office.post(`/api/templates/${rolledOut.id}/adoptions`, {}));
    await rolloutStarted;
    return rolledOut.id;
  };
  const rolloutFinished = (templateId: string) =>
    eventually(async () => {
      const { body } = await clients.office.get(`/api/templates/${templateId}/adoptions`);
      if (body.status !== 'finished') throw new Error(`rollout of ${templateId} still ${body.status}`);
    }, `the rollout of ${templateId}`);
  let issuedMonths = 0;
  let chasedMonths = 0;

  const referenceDataRoutes = (kind: string): Route[] => [
    { route: `GET /api/${kind}`, allowed: ROLES, request: at(`/api/${kind}`) },
    {
      route: `POST /api/${kind}`,
      allowed: ['office'],
      request: async () => {
        const code = uniqueCode(kind);
        return { path: `/api/${kind}`, body: { code, name: `测试${code}`, ...(kind === 'leaders' && { title: '副县长' }) } };
      },
    },
  ];

  const ROUTES: Route[] = [
    { route: 'GET /api/auth/me', allowed: ROLES, request: at('/api/auth/me') },
    { route: 'POST /api/auth/refresh', allowed: ROLES, request: async () => ({ path: '/api/auth/refresh', body: {} }) },
    { route: 'GET /api/projects', allowed: ROLES, request: at('/api/projects') },
    { route: 'GET /api/projects/summary', allowed: ROLES, request: at('/api/projects/summary') },
    { route: 'GET /api/projects/export', allowed: ROLES, request: at('/api/projects/export') },
    { route: 'GET /api/projects/{code}', allowed: ROLES, request: async () => ({ path: `/api/projects/${project.code}` }) },
    {
      route: 'POST /api/projects',
      allowed: ['office'],
      request: async () => ({ path: '/api/projects', body: projectProfile() }),
      // The answer comes when the workflow starts; its first events follow.
      settle: ({ body }) => eventually(() => taskStatus(`${(body as { code: string }).code}.siting.site-opinion`), 'the first stage opening'),
    },
    { route: 'GET /api/tasks', allowed: ROLES, request: at('/api/tasks') },
    {
      route: 'POST /api/tasks/{id}/decision',
      allowed: ['department-officer'],
      request: async () => ({ path: `/api/tasks/${await pendingTask()}/decision`, body: { decision: 'approve' } }),
    },
    {
      route: 'POST /api/tasks/{id}/resubmit',
      allowed: ['owner', 'office'],
      request: async () => ({ path: `/api/tasks/${await returnedTask()}/resubmit`, body: { comment: '已补充红线图' } }),
    },
    { route: 'GET /api/templates', allowed: ROLES, request: at('/api/templates') },
    {
      route: 'POST /api/templates',
      allowed: ['office'],
      request: async () => ({ path: '/api/templates', body: { ...template, id: uniqueCode('template'), name: '测试模板' } }),
    },
    { route: 'PUT /api/templates/{id}', allowed: ['office'], request: async () => ({ path: '/api/templates/default', body: template }) },
    ...['townships', 'departments', 'owner-units', 'leaders'].flatMap(referenceDataRoutes),
    { route: 'GET /api/users', allowed: ['admin'], request: at('/api/users') },
    {
      route: 'POST /api/users',
      allowed: ['admin'],
      request: async () => ({ path: '/api/users', body: { username: uniqueCode('user'), displayName: '测试用户', password: 'a long enough password', role: 'operator' } }),
    },
    { route: 'GET /api/audit', allowed: ['office', 'admin'], request: at('/api/audit?username=office') },
    { route: 'GET /api/notices', allowed: ['office', 'county-leader', 'department-officer'], request: at('/api/notices?period=2026') },
    { route: 'GET /api/notices/monthly', allowed: ['office', 'county-leader', 'department-officer'], request: at('/api/notices/monthly') },
    // Each request a month of 2020 not issued yet: a notice is issued once.
    { route: 'POST /api/notices/{period}/issue', allowed: ['office'], request: async () => ({ path: `/api/notices/2020-${String((issuedMonths += 1)).padStart(2, '0')}/issue`, body: {} }) },
    { route: 'GET /api/investment-reports', allowed: ['office', 'county-leader', 'owner'], request: at('/api/investment-reports') },
    { route: 'GET /api/annual-plans', allowed: ['office', 'county-leader', 'owner'], request: at(`/api/annual-plans?year=${beijingMonth(new Date()).slice(0, 4)}`) },
    { route: 'GET /api/investment-reports/late-months', allowed: ['office', 'county-leader', 'owner'], request: at('/api/investment-reports/late-months') },
    // Each request a month of 2020 not chased yet: a month is chased once a day.
    { route: 'POST /api/investment-reports/{month}/chase', allowed: ['office'], request: async () => ({ path: `/api/investment-reports/2020-${String((chasedMonths += 1)).padStart(2, '0')}/chase`, body: {} }) },
    {
      route: 'POST /api/projects/{code}/investment-reports',
      allowed: ['owner', 'office'],
      request: async () => ({ path: `/api/projects/${(await registerProject(clients.office)).project.code}/investment-reports`, body: { month: beijingMonth(new Date()), amount: 100 } }),
    },
    {
      route: 'PUT /api/projects/{code}/annual-plans/{year}',
      allowed: ['office'],
      request: async () => ({ path: `/api/projects/${(await registerProject(clients.office)).project.code}/annual-plans/${beijingMonth(new Date()).slice(0, 4)}`, body: { amount: 100 } }),
    },
    {
      route: 'POST /api/projects/{code}/owner-applications',
      allowed: ['owner', 'office'],
      request: async () => ({ path: `/api/projects/${await builtProject()}/owner-applications`, body: { stage: 'completion' } }),
    },
    {
      route: 'POST /api/projects/{code}/template-adoptions',
      allowed: ['office'],
      request: async () => ({ path: `/api/projects/${await projectOnRevisedTemplate()}/template-adoptions`, body: {} }),
    },
    {
      route: 'POST /api/templates/{id}/adoptions',
      allowed: ['office'],
      request: async () => {
        await projectOnRevisedTemplate();
        return { path: '/api/templates/access-revisable/adoptions', body: {} };
      },
      // The rollout runs on after the answer; the next caller's footprint must not count what it records.
      settle: () => rolloutFinished('access-revisable'),
    },
    { route: 'GET /api/templates/{id}/adoptions', allowed: ['office', 'operator'], request: async () => ({ path: `/api/templates/${await templateRolledOut()}/adoptions` }) },
  ];

  const WHO: Who[] = [...ROLES, 'anonymous'];
  const MATRIX = ROUTES.flatMap((route) =>
    WHO.map((who) => ({ name: route.route, route, who, expected: who === 'anonymous' ? '401' : route.allowed.includes(who) ? '2xx' : '403' })),
  );

  it.each(MATRIX)('$name as $who: $expected', async ({ route, who, expected }) => {
    const [method] = route.route.split(' ');
    const request = await route.request();
    const before = await footprint();
    const response = await (who === 'anonymous' ? app.anonymous() : clients[who]).send(method, request.path, request.body);
    expect(outcome(response, expected)).toEqual({ status: expected });
    if (expected === '2xx') await route.settle?.(request);
    else expect(await footprint()).toEqual(before);
  });

  it('refuses one department’s officer on another department’s task, which stays pending', async () => {
    const taskId = await pendingTask();
    const before = await footprint();
    const stranger = await app.as(officerOf('ecology-environment'));
    const response = await stranger.post(`/api/tasks/${taskId}/decision`, { decision: 'approve' });
    expect(response.status).toBe(403);
    expect(response.body.message).toContain('natural-resources');
    expect(await footprint()).toEqual(before);
    expect(await taskStatus(taskId)).toBe('pending');
    const inbox = await clients.office.get(`/api/tasks?projectCode=${taskId.split('.')[0]}`);
    expect(inbox.body.items.find((task: { id: string }) => task.id === taskId).status).toBe('pending');
  });

  it('refuses the project’s own county leader where only officers decide and only the owner or office resubmits', async () => {
    const leader = clients['county-leader'];
    const pending = await pendingTask();
    const returned = await returnedTask();
    const before = await footprint();
    expect((await leader.post(`/api/tasks/${pending}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await leader.post(`/api/tasks/${returned}/resubmit`, { comment: '领导代为补正' })).status).toBe(403);
    expect(await footprint()).toEqual(before);
    expect(await taskStatus(pending)).toBe('pending');
    expect(await taskStatus(returned)).toBe('returned');
  });

  it('refuses the operator on every write route, and nothing is written', async () => {
    // Renewing one's own token is a POST that writes nothing, open to every role.
    const writes = ROUTES.filter((route) => route.route.startsWith('POST') && !route.allowed.includes('operator'));
    const requests = await Promise.all(writes.map((route) => route.request()));
    const before = await footprint();
    for (const { path, body } of requests) {
      const response = await clients.operator.post(path, body);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    expect(await footprint()).toEqual(before);
    const decision = requests.find(({ path }) => path.endsWith('/decision'))!;
    expect(await taskStatus(decision.path.split('/')[3])).toBe('pending');
  });

  describe('tokens', () => {
    const claims = async (role: Role) => {
      const actor = (await clients[role].get('/api/auth/me')).body;
      return { sub: actor.userId, actor };
    };
    const bearer = (token: string) => new ApiClient(app.baseUrl, token);
    const seconds = (offset: number) => Math.floor(Date.now() / 1000) + offset;
    const signed = async (payload: object, secret = app.env.JWT_SECRET) => new JwtService({ secret }).signAsync(payload);

    it('refuses a request without a token, or with another scheme', async () => {
      const missing = await app.anonymous().get('/api/projects');
      expect(missing.status).toBe(401);
      expect(missing.body.message).toContain('Bearer');
      const basic = await fetch(`${app.baseUrl}/api/projects`, { headers: { authorization: `Basic ${Buffer.from('office:x').toString('base64')}` } });
      expect(basic.status).toBe(401);
    });

    it('refuses an expired token, though the same claims unexpired are accepted', async () => {
      const office = await claims('office');
      const expired = await bearer(await signed({ ...office, iat: seconds(-3600), exp: seconds(-60) })).get('/api/projects');
      expect(expired.status).toBe(401);
      expect(expired.body.message).toContain('expired');
      expect((await bearer(await signed({ ...office, exp: seconds(60) })).get('/api/projects')).status).toBe(200);
    });

    it('refuses a token whose claims were changed after signing, and writes nothing with it', async () => {
      const [header, payload, signature] = clients.owner.token!.split('.');
      const claimed = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const promoted = Buffer.from(JSON.stringify({ ...claimed, actor: { ...claimed.actor, role: 'office' } })).toString('base64url');
      const before = await footprint();
      const response = await bearer(`${header}.${promoted}.${signature}`).post('/api/projects', projectProfile());
      expect(response.status).toBe(401);
      expect(await footprint()).toEqual(before);
    });

    it('refuses a token signed with another secret, or not signed at all', async () => {
      const office = { ...(await claims('office')), exp: seconds(60) };
      expect((await bearer(await signed(office, 'x'.repeat(64))).get('/api/projects')).status).toBe(401);
      const unsigned = [{ alg: 'none', typ: 'JWT' }, office].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.');
      expect((await bearer(`${unsigned}.`).get('/api/projects')).status).toBe(401);
    });
  });
});
