import { beijingMonth, periodTitle, previousMonth } from '@keystone/domain';
import { ApiClient } from './support/api-client';
import { KeystoneTestApp } from './support/keystone-test-app';
import { eventually } from './support/project-fixtures';
import { RobotReceiver } from './support/robot-receiver';

/** 印发通报: the office issues an ended period's notice once, and the county's group robot is told. */
describe('issuing a notice', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  let robot: RobotReceiver;
  let webhookId: string;
  const month = beijingMonth(new Date());
  const lastMonth = previousMonth(month);

  beforeAll(async () => {
    robot = await RobotReceiver.start();
    app = await KeystoneTestApp.start({ DELIVERY_POLL_INTERVAL_MS: '50', PUBLIC_URL: 'https://keystone.example.gov.cn' });
    office = await app.as('office');
    webhookId = (await office.post('/api/webhooks', { name: '项目攻坚工作群', kind: 'dingtalk', url: robot.url })).body.id;
  });

  afterAll(async () => {
    await app?.stop();
    await robot?.stop();
  });

  const issuedRows = async () => (await app.dataSource.query(`SELECT period FROM notices_issued ORDER BY period`)).map((row: { period: string }) => row.period);

  it('issues an ended month once: the digest reaches the group robot, and the notice says when and by whom', async () => {
    const issued = await office.post(`/api/notices/${lastMonth}/issue`, {});
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ issuedBy: 'office', deliveries: 1 });
    const [post] = await eventually(async () => {
      const posts = robot.posts.filter((candidate) => candidate.deliveryId.startsWith(`notice:${lastMonth}:`));
      if (posts.length === 0) throw new Error('not posted yet');
      return posts;
    }, 'the notice reaching the robot');
    expect(post.body.markdown.title).toBe(`【通报】${periodTitle(lastMonth)}重点项目推进情况通报`);
    expect(post.body.markdown.text).toContain('**总体情况**：在建项目 0 个');
    expect(post.body.markdown.text).toContain(`(https://keystone.example.gov.cn/notice?period=${lastMonth})`);
    expect((await office.get(`/api/notices?period=${lastMonth}`)).body.issued).toMatchObject({ issuedBy: 'office', deliveries: 1 });
    // The office's audit lists the issue, though it is kept beside the event store, not in it.
    expect((await office.get('/api/audit?username=office')).body).toMatchObject({
      total: 1,
      items: [{ type: 'NoticeIssued', position: null, streamId: null, actor: { kind: 'user', username: 'office', role: 'office' }, data: { period: lastMonth, deliveries: 1 } }],
    });

    const again = await office.post(`/api/notices/${lastMonth}/issue`, {});
    expect(again.status).toBe(409);
    expect(again.body.problems).toEqual([expect.objectContaining({ field: 'period', reason: expect.stringContaining('was issued at') })]);
    const deliveries = (await office.get(`/api/webhooks/${webhookId}/deliveries?limit=100`)).body.items.filter((delivery: { alertId: string }) => delivery.alertId === `notice:${lastMonth}`);
    expect(deliveries).toHaveLength(1);
  });

  it('refuses the running month, a malformed period and anyone but the office, and issues nothing', async () => {
    const before = await issuedRows();
    const running = await office.post(`/api/notices/${month}/issue`, {});
    expect(running.status).toBe(409);
    expect(running.body.problems).toEqual([expect.objectContaining({ field: 'period', reason: expect.stringContaining('has not ended') })]);
    expect((await office.post('/api/notices/2026-13/issue', {})).status).toBe(400);
    expect((await (await app.as('leader-wang')).post('/api/notices/2025-Q1/issue', {})).status).toBe(403);
    expect(await issuedRows()).toEqual(before);
    expect((await office.get(`/api/notices?period=${month}`)).body.issued).toBeNull();
  });
});
