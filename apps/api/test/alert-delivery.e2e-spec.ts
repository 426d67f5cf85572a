import { createHmac, randomBytes } from 'node:crypto';
import { ApiClient } from './support/api-client';
import { EventStreamReader } from './support/event-stream-reader';
import { KeystoneTestApp } from './support/keystone-test-app';
import { eventually, officerOf, registerProject } from './support/project-fixtures';
import { ROBOT_OK, RobotPost, RobotReceiver } from './support/robot-receiver';

const PUBLIC_URL = 'https://keystone.example.gov.cn';
const SECRET = `SEC${randomBytes(24).toString('hex')}`;
const LEVEL_TITLES: Record<string, string> = { yellow: '预警', red: '超期督办', 'second-level': '集体协调' };

interface Alert {
  id: string;
  level: string;
}

interface Delivery {
  id: string;
  alertId: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

/**
 * Alerts reaching DingTalk and WeCom group robots, and open pages, on the real stack. The first stage's
 * limit is four seconds, so one stalled project raises yellow, red and the second level within seven;
 * delivery retries start at 200 ms and give up after four attempts.
 */
describe('alert delivery: outbound webhooks and the live stream', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  let signed: RobotReceiver;
  let flaky: RobotReceiver;
  let dead: RobotReceiver;
  const webhookIds: Record<'signed' | 'flaky' | 'dead', string> = { signed: '', flaky: '', dead: '' };
  let stalled: { code: string; taskId: string; alerts: Alert[] };

  const template = {
    id: 'delivery-4s',
    name: '秒级时限模板 delivery-4s',
    projectType: 'delivery-4s',
    stages: ['siting', 'land-pre-review', 'environmental-assessment', 'approval', 'construction-start', 'completion'].map((stage, index) => ({
      stage,
      name: stage,
      timeLimit: { duration: index === 0 ? 'PT4S' : 'P1D' },
      tasks: [{ key: 'main', name: `${stage} 审批事项`, department: 'natural-resources' }],
    })),
  };

  const addWebhook = async (body: Record<string, unknown>): Promise<string> => {
    const response = await office.post('/api/webhooks', body);
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body.id;
  };

  const alertsOf = async (code: string): Promise<Alert[]> => (await office.get(`/api/alerts?projectCode=${code}&recipient=&limit=100`)).body.items;

  const deliveriesOf = async (webhookId: string, code: string): Promise<Delivery[]> =>
    ((await office.get(`/api/webhooks/${webhookId}/deliveries?limit=1000`)).body.items as Delivery[]).filter((delivery) => delivery.alertId.startsWith(`${code}.`));

  const postsFor = (receiver: RobotReceiver, code: string, count: number, what: string): Promise<RobotPost[]> =>
    eventually(async () => {
      const posts = receiver.postsFor(code).filter((post) => post.accepted);
      if (posts.length < count) throw new Error(`${posts.length} accepted`);
      return posts;
    }, what, 20_000);

  beforeAll(async () => {
    signed = await RobotReceiver.start();
    // Refuses each delivery twice: first with HTTP 500, then as a rate-limited robot does, with HTTP 200 and an errcode.
    flaky = await RobotReceiver.start((attempt) =>
      attempt === 1 ? { status: 500, body: { error: 'down' } } : attempt === 2 ? { status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } } : ROBOT_OK,
    );
    dead = await RobotReceiver.start(() => ({ status: 500, body: { error: 'down' } }));
    app = await KeystoneTestApp.start({
      PUBLIC_URL,
      DELIVERY_POLL_INTERVAL_MS: '50',
      DELIVERY_BACKOFF_BASE_MS: '200',
      DELIVERY_BACKOFF_CAP_MS: '1000',
      DELIVERY_MAX_ATTEMPTS: '4',
    });
    office = await app.as('office');
    const added = await office.post('/api/templates', template);
    if (added.status !== 201) throw new Error(JSON.stringify(added.body));
    webhookIds.signed = await addWebhook({ name: '项目办督办群', kind: 'dingtalk', url: signed.url, secret: SECRET });
    webhookIds.flaky = await addWebhook({ name: '企业微信项目群', kind: 'wecom', url: flaky.url });
    webhookIds.dead = await addWebhook({ name: '失联的群', kind: 'dingtalk', url: dead.url });
    const { profile, project } = await registerProject(office, { templateId: template.id, projectType: template.id });
    const alerts = await eventually(async () => {
      const found = await alertsOf(profile.code);
      if (found.length < 3) throw new Error(`${found.length} alerts`);
      return found;
    }, 'the stalled project’s three alerts', 20_000);
    stalled = { code: profile.code, taskId: project.tasks[0].id, alerts };
  });

  afterAll(async () => {
    await app?.stop();
    await Promise.all([signed, flaky, dead].map((receiver) => receiver?.stop()));
  });

  it('accepts webhooks from the office only, and names the field it refuses', async () => {
    const bad = await office.post('/api/webhooks', { name: '群', kind: 'slack', url: 'ftp://robot.example/send' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['kind', 'url']);
    const wecomSecret = await office.post('/api/webhooks', { name: '群', kind: 'wecom', url: flaky.url, secret: SECRET });
    expect(wecomSecret.status).toBe(400);
    expect(wecomSecret.body.problems).toEqual([expect.objectContaining({ field: 'secret' })]);
    const leader = await app.as('leader-wang');
    expect((await leader.post('/api/webhooks', { name: '群', kind: 'wecom', url: flaky.url })).status).toBe(403);
    expect((await leader.get('/api/webhooks')).status).toBe(403);
    expect((await office.get('/api/webhooks/not-a-webhook/deliveries')).status).toBe(404);
    const listed = (await office.get('/api/webhooks')).body as Record<string, unknown>[];
    const shown = listed.find((webhook) => webhook.id === webhookIds.signed)!;
    expect(shown).toMatchObject({ kind: 'dingtalk', signed: true, enabled: true });
    expect(JSON.stringify(listed)).not.toContain('robot-token-0123');
    expect(JSON.stringify(listed)).not.toContain(SECRET);
  });

  it('posts a test message to a robot on the office’s asking, signed as alerts are, and says what the robot answered', async () => {
    const tested = await office.post(`/api/webhooks/${webhookIds.signed}/test`);
    expect(tested.status).toBe(200);
    expect(tested.body).toEqual({ delivered: true });
    const post = signed.posts.find((candidate) => candidate.deliveryId.startsWith('test-'))!;
    expect(post.body.markdown.title).toBe('【测试】重点项目攻坚管理平台');
    expect(post.body.markdown.text).toContain('**发送**：office');
    expect(post.url.searchParams.get('sign')).toBe(createHmac('sha256', SECRET).update(`${post.url.searchParams.get('timestamp')}\n${SECRET}`).digest('base64'));

    const refused = await office.post(`/api/webhooks/${webhookIds.dead}/test`);
    expect(refused.body).toEqual({ delivered: false, reason: expect.stringContaining('HTTP 500') });
    // A test is no delivery: nothing is queued or recorded for it.
    expect(((await office.get(`/api/webhooks/${webhookIds.dead}/deliveries?limit=1000`)).body.items as Delivery[]).some((delivery) => delivery.id.startsWith('test-'))).toBe(false);
    expect((await (await app.as('leader-wang')).post(`/api/webhooks/${webhookIds.signed}/test`)).status).toBe(403);
    expect((await office.post('/api/webhooks/not-a-webhook/test')).status).toBe(404);
  });

  it('posts each alert of a stalled project to a DingTalk robot as signed markdown, once, under its delivery id', async () => {
    const posts = await postsFor(signed, stalled.code, 3, 'three signed posts');
    expect(posts.map((post) => post.deliveryId).sort()).toEqual(stalled.alerts.map((alert) => `${alert.id}:${webhookIds.signed}`).sort());
    for (const post of posts) {
      const timestamp = post.url.searchParams.get('timestamp')!;
      expect(post.url.searchParams.get('access_token')).toBe('robot-token-0123');
      expect(Math.abs(Date.now() - Number(timestamp))).toBeLessThan(60_000);
      expect(post.url.searchParams.get('sign')).toBe(createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64'));
      expect(post.attempt).toBe(1);
      expect(post.body.msgtype).toBe('markdown');
      expect(post.body.markdown.text).toContain(`**项目代码**：${stalled.code}`);
      expect(post.body.markdown.text).toContain(`[查看项目](${PUBLIC_URL}/projects/${stalled.code})`);
    }
    const byLevel = Object.fromEntries(
      stalled.alerts.map((alert) => [alert.level, posts.find((post) => post.deliveryId.startsWith(`${alert.id}:`))!.body.markdown]),
    );
    expect(Object.fromEntries(Object.entries(byLevel).map(([level, markdown]) => [level, markdown.title]))).toEqual(
      Object.fromEntries(Object.keys(LEVEL_TITLES).map((level) => [level, `【${LEVEL_TITLES[level]}】城东新能源产业园`])),
    );
    expect(byLevel.yellow.text).toContain('**接收**：自然资源局');
    expect(byLevel.red.text).toContain('**接收**：常务副县长 王建国');
    expect(byLevel.red.text).toContain('超过办理时限');
    for (const markdown of Object.values(byLevel)) {
      expect(markdown.text).toContain('（自然资源局）');
      expect(markdown.text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    }
    expect(byLevel['second-level'].text).toContain('**接收**：项目攻坚领导小组办公室');
    const deliveries = await deliveriesOf(webhookIds.signed, stalled.code);
    expect(deliveries.map(({ status, attempts }) => ({ status, attempts }))).toEqual(Array(3).fill({ status: 'delivered', attempts: 1 }));
  });

  it('retries a robot that refuses at first, and delivers each alert to it exactly once', async () => {
    await postsFor(flaky, stalled.code, 3, 'three alerts accepted by the WeCom robot');
    const deliveries = await eventually(async () => {
      const found = await deliveriesOf(webhookIds.flaky, stalled.code);
      if (found.length < 3 || found.some((delivery) => delivery.status !== 'delivered')) throw new Error(JSON.stringify(found));
      return found;
    }, 'the WeCom deliveries recorded as delivered');
    expect(deliveries.map(({ status, attempts, lastError }) => ({ status, attempts, lastError }))).toEqual(Array(3).fill({ status: 'delivered', attempts: 3, lastError: null }));
    const posts = flaky.postsFor(stalled.code);
    for (const alert of stalled.alerts) {
      const ofAlert = posts.filter((post) => post.deliveryId === `${alert.id}:${webhookIds.flaky}`);
      expect(ofAlert.map((post) => [post.attempt, post.accepted])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      expect(ofAlert[2].body).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining(`【${LEVEL_TITLES[alert.level]}】`) } });
    }
  });

  it('gives up on a robot that keeps refusing, and the project goes on regardless', async () => {
    const deliveries = await eventually(async () => {
      const found = await deliveriesOf(webhookIds.dead, stalled.code);
      if (found.length < 3 || found.some((delivery) => delivery.status !== 'failed')) throw new Error(JSON.stringify(found));
      return found;
    }, 'the deliveries to the dead robot given up');
    expect(deliveries.map(({ attempts, lastError }) => ({ attempts, lastError }))).toEqual(Array(3).fill({ attempts: 4, lastError: expect.stringMatching(/^HTTP 500/) }));
    expect(dead.postsFor(stalled.code)).toHaveLength(12);
    const officer = await app.as(officerOf('natural-resources'));
    const decided = await officer.post(`/api/tasks/${stalled.taskId}/decision`, { decision: 'approve' });
    expect(decided.status).toBe(200);
    expect(decided.body.project.currentStage).toBe('land-pre-review');
  });

  it('queues nothing more for a disabled webhook', async () => {
    const leader = await app.as('leader-wang');
    expect((await leader.post(`/api/webhooks/${webhookIds.dead}/disable`)).status).toBe(403);
    const disabled = await office.post(`/api/webhooks/${webhookIds.dead}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: webhookIds.dead, enabled: false });
    const { profile } = await registerProject(office, { templateId: template.id, projectType: template.id });
    const [yellow] = await eventually(async () => {
      const found = await alertsOf(profile.code);
      if (found.length === 0) throw new Error('no alert yet');
      return found;
    }, 'the next project’s first alert');
    expect((await deliveriesOf(webhookIds.signed, profile.code)).map((delivery) => delivery.id)).toContain(`${yellow.id}:${webhookIds.signed}`);
    expect(await deliveriesOf(webhookIds.dead, profile.code)).toEqual([]);
  });

  describe('the live stream', () => {
    const streamUrl = (token?: string) => `${app.baseUrl}/api/events/stream${token === undefined ? '' : `?access_token=${encodeURIComponent(token)}`}`;

    it('sends an open page each committed change, with the token in the query', async () => {
      const stream = await EventStreamReader.open(streamUrl(office.token));
      try {
        expect(stream.response.status).toBe(200);
        expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
        await stream.until((event) => event.comment === 'connected', 'the opening comment');
        const { profile } = await registerProject(office);
        const change = await stream.until((event) => event.data?.projectCode === profile.code, 'the registration');
        expect(change.data.types).toContain('ProjectRegistered');
        expect(change.data.globalPosition).toMatch(/^\d+$/);
      } finally {
        stream.close();
      }
    });

    it('shows an owner only the changes of its own projects', async () => {
      const owner = await app.as('owner-county-investment-group');
      const stream = await EventStreamReader.open(streamUrl(owner.token));
      try {
        await stream.until((event) => event.comment === 'connected', 'the opening comment');
        const other = await registerProject(office, { ownerUnit: 'xinneng-energy' });
        const own = await registerProject(office);
        await stream.until((event) => event.data?.projectCode === own.profile.code, 'the own project’s registration');
        expect(stream.seen.filter((event) => event.data?.projectCode === other.profile.code)).toEqual([]);
      } finally {
        stream.close();
      }
    });

    it('refuses a stream without a valid token, and takes a token in the query nowhere else', async () => {
      for (const token of [undefined, '', 'not-a-token']) {
        const refused = await fetch(streamUrl(token));
        expect({ token, status: refused.status }).toEqual({ token, status: 401 });
        expect(((await refused.json()) as { message: string }).message).toMatch(/access token/);
      }
      expect((await fetch(`${app.baseUrl}/api/projects?access_token=${office.token}`)).status).toBe(401);
    });
  });
});
