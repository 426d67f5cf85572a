import { ApiClient } from './support/api-client';
import { uniqueCode, writeFootprint } from './support/access-fixtures';
import { KeystoneTestApp } from './support/keystone-test-app';
import { officerOf, registerProject } from './support/project-fixtures';

describe('accounts kept by the admin, and the audit of who did what', () => {
  let app: KeystoneTestApp;
  let admin: ApiClient;
  let office: ApiClient;

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    admin = await app.as('admin');
    office = await app.as('office');
  });

  afterAll(() => app?.stop());

  const account = (overrides: Record<string, unknown> = {}) => ({
    username: uniqueCode('officer'),
    displayName: '张伟（自然资源局）',
    password: 'eleven-chars',
    role: 'department-officer',
    department: 'natural-resources',
    ...overrides,
  });

  describe('users', () => {
    it('lists accounts without a password hash anywhere', async () => {
      const response = await admin.get('/api/users?limit=1000');
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'office', role: 'office' })]));
      for (const user of response.body.items) expect(Object.keys(user)).not.toEqual(expect.arrayContaining([expect.stringMatching(/password/i)]));
      expect(JSON.stringify(response.body)).not.toMatch(/\$2[aby]\$/);
    });

    it('creates an account that can then sign in, as the role and department it was given', async () => {
      const created = await admin.post('/api/users', account({ username: 'officer-zhangwei' }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ username: 'officer-zhangwei', role: 'department-officer', department: 'natural-resources' });
      expect(JSON.stringify(created.body)).not.toMatch(/password|\$2[aby]\$/i);
      const login = await app.anonymous().post('/api/auth/login', { username: 'officer-zhangwei', password: 'eleven-chars' });
      expect(login.status).toBe(200);
      const me = await new ApiClient(app.baseUrl, login.body.accessToken).get('/api/auth/me');
      expect(me.body).toMatchObject({ username: 'officer-zhangwei', role: 'department-officer', department: 'natural-resources' });
    });

    it('renews a signed-in account’s token, expiring later than the one it replaces, as the account stands now', async () => {
      const expiryOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number }).exp;
      // Tokens carry whole seconds: a second later, the renewed one expires later.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const renewed = await office.post('/api/auth/refresh', {});
      expect(renewed.status).toBe(200);
      expect(renewed.body.actor).toMatchObject({ username: 'office', role: 'office' });
      expect(expiryOf(renewed.body.accessToken)).toBeGreaterThan(expiryOf(office.token!));
      expect((await new ApiClient(app.baseUrl, renewed.body.accessToken).get('/api/auth/me')).body).toMatchObject({ username: 'office' });

      // A token is not renewed without one, with a forged one, or once its account is gone.
      expect((await app.anonymous().post('/api/auth/refresh', {})).status).toBe(401);
      expect((await new ApiClient(app.baseUrl, `${renewed.body.accessToken.slice(0, -4)}AAAA`).post('/api/auth/refresh', {})).status).toBe(401);
      const leaving = uniqueCode('officer');
      await admin.post('/api/users', account({ username: leaving }));
      const signedIn = await app.anonymous().post('/api/auth/login', { username: leaving, password: 'eleven-chars' });
      await app.dataSource.query(`DELETE FROM users WHERE username = $1`, [leaving]);
      const refused = await new ApiClient(app.baseUrl, signedIn.body.accessToken).post('/api/auth/refresh', {});
      expect(refused.status).toBe(401);
      expect(refused.body.message).toBe('the account no longer exists');
    });

    it.each([
      ['an officer without a department', { department: undefined }, 'department'],
      ['an office account with a department', { role: 'office' }, 'department'],
      ['a county leader without a leader', { role: 'county-leader', department: undefined }, 'leader'],
      ['an owner with a department instead of an owner unit', { role: 'owner' }, 'ownerUnit'],
      ['an unknown department', { department: 'ministry-of-magic' }, 'department'],
      ['an unknown leader', { role: 'county-leader', department: undefined, leader: 'leader-nobody' }, 'leader'],
      ['an unknown owner unit', { role: 'owner', department: undefined, ownerUnit: 'nobody-ltd' }, 'ownerUnit'],
      ['a password shorter than ten characters', { password: 'nine-char' }, 'password'],
      ['an unknown role', { role: 'superuser' }, 'role'],
      ['a username with spaces', { username: 'zhang wei' }, 'username'],
      ['no display name', { displayName: undefined }, 'displayName'],
      ['an unexpected field', { passwordHash: '$2a$10$forged' }, 'passwordHash'],
    ])('refuses %s with 400 naming the field, and creates nothing', async (_, change, field) => {
      const before = await writeFootprint(app.dataSource);
      const response = await admin.post('/api/users', account(change));
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await writeFootprint(app.dataSource)).toEqual(before);
    });

    it('refuses a username already taken with 409', async () => {
      const response = await admin.post('/api/users', account({ username: 'office', role: 'office', department: undefined }));
      expect(response.status).toBe(409);
      expect(response.body.problems).toEqual([expect.objectContaining({ field: 'username' })]);
    });
  });

  describe('audit', () => {
    it('lists the office’s registrations newest first, with the actor and the time', async () => {
      const started = new Date().toISOString();
      const first = (await registerProject(office)).profile.code;
      const second = (await registerProject(office)).profile.code;
      const me = (await office.get('/api/auth/me')).body;
      const response = await admin.get('/api/audit?username=office&limit=2');
      expect(response.status).toBe(200);
      expect(response.body.items.map((entry: { streamId: string }) => entry.streamId)).toEqual([second, first]);
      const [latest] = response.body.items;
      expect(latest).toMatchObject({ type: 'ProjectRegistered', actor: { kind: 'user', username: 'office', role: 'office', userId: me.userId } });
      expect(latest.occurredAt >= started && latest.occurredAt <= new Date().toISOString()).toBe(true);
      expect(response.body.total).toBeGreaterThanOrEqual(2);
    });

    it('lists an officer’s decisions, and the office may read it too', async () => {
      const { project } = await registerProject(office);
      const [task] = project.tasks;
      const officer = await app.as(officerOf(task.department));
      expect((await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'return', comment: '缺少用地红线图' })).status).toBe(200);
      const response = await office.get(`/api/audit?username=${officerOf(task.department)}&limit=1`);
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({ type: 'TaskDecided', streamId: project.code, data: expect.objectContaining({ taskId: task.id, decision: 'returned' }) }),
      ]);
    });

    it('needs a username', async () => {
      const response = await admin.get('/api/audit');
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'username' })]));
    });

    it('is served by an index on the actor’s username', async () => {
      const [index] = await app.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'events' AND indexname = 'events_actor_username'`);
      expect(index.indexdef).toMatch(/\(+actor ->> 'username'::text\)+, global_position\)$/);
    });
  });
});
