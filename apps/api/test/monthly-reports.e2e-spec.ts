import { beijingMonth, monthStart, nextMonth, previousMonth } from '@keystone/domain';
import { ApiClient } from './support/api-client';
import { KeystoneTestApp } from './support/keystone-test-app';
import { eventually, officerOf, registerProject } from './support/project-fixtures';
import { RobotReceiver } from './support/robot-receiver';

const HOUR = 3_600_000;

interface Row {
  projectCode: string;
  projectName: string;
  ownerUnit: string;
  amount: number | null;
  standing: { status: string; workingDaysLate?: number };
  annualPlan: number | null;
}

/** 月报制度 from the office's side: who has reported a month, who is still in time, who is late, and the chase (催报). */
describe('a month’s investment reports and their chase', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  let owner: ApiClient;
  let robot: RobotReceiver;
  const month = beijingMonth(new Date());
  // Its reports were due by the fifth working day of last month, so they are late whatever today is.
  const overdueMonth = previousMonth(previousMonth(month));

  beforeAll(async () => {
    robot = await RobotReceiver.start();
    app = await KeystoneTestApp.start({ DELIVERY_POLL_INTERVAL_MS: '50', PUBLIC_URL: 'https://keystone.example.gov.cn' });
    office = await app.as('office');
    owner = await app.as('owner-county-investment-group');
    await office.post('/api/webhooks', { name: '项目攻坚工作群', kind: 'wecom', url: robot.url });
  });

  afterAll(async () => {
    await app?.stop();
    await robot?.stop();
  });

  const monthOf = async (asked: string, as = office) => (await as.get(`/api/investment-reports?month=${asked}`)).body;
  const rowOf = (body: { items: Row[] }, code: string) => body.items.find((row) => row.projectCode === code);
  const report = (code: string, asked: string, amount: number) => owner.post(`/api/projects/${code}/investment-reports`, { month: asked, amount });
  const chases = async () => (await app.dataSource.query(`SELECT month, chased_by FROM investment_report_chases ORDER BY month`)) as unknown[];
  // The API registers a project now; a county's portfolio holds projects registered long before the month in question.
  const registeredAt = (code: string, at: Date) => app.dataSource.query(`UPDATE project_board SET registered_at = $2 WHERE code = $1`, [code, at]);
  const registeredBefore = (code: string, asked: string) => registeredAt(code, new Date(monthStart(asked).getTime() - 24 * HOUR));

  it('lists the month’s projects still in time before those reported, due in the month after', async () => {
    const silent = (await registerProject(office, { name: '城南安置小区' })).profile;
    const reporting = (await registerProject(office)).profile;
    expect((await report(reporting.code, month, 640)).status).toBe(200);
    const body = await eventually(async () => {
      const current = await monthOf(month);
      if (rowOf(current, reporting.code)?.amount !== 640) throw new Error('report not read yet');
      return current;
    }, 'the report reaching the monthly list');
    expect(body.month).toBe(month);
    expect(body.dueDate.slice(0, 7)).toBe(nextMonth(month));
    expect(rowOf(body, silent.code)).toMatchObject({ projectName: '城南安置小区', ownerUnit: 'county-investment-group', amount: null, standing: { status: 'open' } });
    expect(rowOf(body, reporting.code)).toMatchObject({ standing: { status: 'reported' } });
    const order = body.items.map((row: Row) => row.projectCode);
    expect(order.indexOf(silent.code)).toBeLessThan(order.indexOf(reporting.code));
    expect(body).toMatchObject({ total: body.items.length, late: 0, open: body.items.length - body.reported });

    // A page at a time, counted over the whole month: those yet to report come first.
    const first = await monthOf(`${month}&limit=1`);
    expect(first).toMatchObject({ total: body.total, reported: body.reported, open: body.open });
    expect(first.items).toEqual([expect.objectContaining({ projectCode: order[0], amount: null })]);
    expect((await monthOf(`${month}&limit=1&offset=${body.total - 1}`)).items).toEqual([expect.objectContaining({ projectCode: order[body.total - 1] })]);
  });

  it('marks a project that has not reported a month whose reports are due as late, and chases it once a day', async () => {
    const late = (await registerProject(office, { name: '东城区供热管网改造' })).profile;
    const reported = (await registerProject(office)).profile;
    await registeredBefore(late.code, overdueMonth);
    await registeredBefore(reported.code, overdueMonth);
    expect((await report(reported.code, overdueMonth, 90)).status).toBe(200);
    const body = await eventually(async () => {
      const current = await monthOf(overdueMonth);
      if (rowOf(current, reported.code)?.standing.status !== 'reported') throw new Error('report not read yet');
      return current;
    }, 'the late report reaching the monthly list');
    expect(rowOf(body, late.code)?.standing).toEqual({ status: 'late', workingDaysLate: expect.any(Number) });
    expect(rowOf(body, late.code)!.standing.workingDaysLate).toBeGreaterThan(0);
    expect(body).toMatchObject({ late: 1, reported: 1, open: 0, chases: [] });

    const chased = await office.post(`/api/investment-reports/${overdueMonth}/chase`, {});
    expect(chased.status).toBe(201);
    expect(chased.body).toMatchObject({ chasedBy: 'office', projects: 1, deliveries: 1 });
    const [post] = await eventually(async () => {
      const posts = robot.posts.filter((candidate) => candidate.deliveryId.startsWith(`report-chase:${overdueMonth}:`));
      if (posts.length === 0) throw new Error('not posted yet');
      return posts;
    }, 'the chase reaching the robot');
    const lines: string[] = post.body.markdown.content.split('\n');
    expect(lines[0]).toMatch(/^### 【催报】\d{4}年\d{1,2}月投资月报$/);
    expect(lines).toContainEqual(expect.stringMatching(/^\*\*情况\*\*：\d{4}-\d{2}-\d{2} 截止，已逾期 \d+ 个工作日，仍有 1 个项目未报，请项目业主尽快填报$/));
    expect(lines).toContain('**县城市建设投资集团**：东城区供热管网改造');
    expect(lines).toContain(`[查看投资月报](https://keystone.example.gov.cn/investment?month=${overdueMonth})`);

    const again = await office.post(`/api/investment-reports/${overdueMonth}/chase`, {});
    expect(again.status).toBe(409);
    expect(again.body.problems).toEqual([expect.objectContaining({ field: 'month', reason: expect.stringContaining('were chased today') })]);
    expect((await monthOf(overdueMonth)).chases).toEqual([expect.objectContaining({ chasedBy: 'office', projects: 1, deliveries: 1 })]);
    expect(robot.posts.filter((candidate) => candidate.deliveryId.startsWith(`report-chase:${overdueMonth}:`))).toHaveLength(1);
    // The office's audit lists the chase, newest first, among the events it caused (the registrations before it).
    const audit = (await office.get('/api/audit?username=office&limit=2')).body;
    expect(audit.items[0]).toMatchObject({ type: 'InvestmentReportsChased', position: null, streamId: null, actor: { kind: 'user', username: 'office', role: 'office' } });
    expect(audit.items[0].data).toEqual({ month: overdueMonth, projects: 1, deliveries: 1 });
    expect(audit.items[1].type).toBe('ProjectRegistered');
  });

  it('lists for an owner the earlier months its projects have still not reported, until they are', async () => {
    const energy = await app.as('owner-xinneng-energy');
    const lateMonths = async (as = energy) => new Map(((await as.get('/api/investment-reports/late-months')).body.months as { month: string; late: number }[]).map((entry) => [entry.month, entry.late]));
    const earlier = previousMonth(overdueMonth);
    const earlierDue = Date.parse((await monthOf(earlier)).dueAt);
    const before = await lateMonths();
    const project = (await registerProject(office, { ownerUnit: 'xinneng-energy', name: '城北光伏二期' })).profile;
    // Registered after the month before's reports fell due: it owes the overdue month, not the month before.
    await registeredAt(project.code, new Date(earlierDue + HOUR));
    const after = await lateMonths();
    expect(after.get(overdueMonth)).toBe((before.get(overdueMonth) ?? 0) + 1);
    expect(after.get(earlier)).toBe(before.get(earlier));
    expect(after.has(month)).toBe(false);
    expect(rowOf(await monthOf(earlier), project.code)).toBeUndefined();
    // The office sees every owner's months; another owner none of this one's.
    expect((await lateMonths(office)).get(overdueMonth)).toBeGreaterThanOrEqual(after.get(overdueMonth)!);
    expect((await owner.get('/api/investment-reports/late-months?ownerUnit=xinneng-energy')).status).toBe(403);

    expect((await energy.post(`/api/projects/${project.code}/investment-reports`, { month: overdueMonth, amount: 210 })).status).toBe(200);
    await eventually(async () => {
      if ((await lateMonths()).get(overdueMonth) !== before.get(overdueMonth)) throw new Error('the report not yet counted');
    }, 'the report reaching the late months');

    // Registered after a month ended but before its reports fell due (a county puts its list in on the 1st): it owes that month.
    const newcomer = (await registerProject(office, { ownerUnit: 'xinneng-energy', name: '城北光伏三期' })).profile;
    await registeredAt(newcomer.code, new Date(monthStart(overdueMonth).getTime() + HOUR));
    expect((await lateMonths()).get(earlier)).toBe((before.get(earlier) ?? 0) + 1);
    expect(rowOf(await monthOf(earlier), newcomer.code)).toMatchObject({ amount: null, standing: { status: 'late' } });
  });

  it('shows an owner only its own projects and a county leader everyone’s; refuses another owner unit and a department', async () => {
    const theirs = (await registerProject(office, { ownerUnit: 'xinneng-energy' })).profile;
    const own = (await monthOf(month, owner)).items as Row[];
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((row) => row.ownerUnit))).toEqual(new Set(['county-investment-group']));
    expect(rowOf(await monthOf(month, await app.as('leader-wang')), theirs.code)).toBeDefined();
    const other = await owner.get(`/api/investment-reports?month=${month}&ownerUnit=xinneng-energy`);
    expect(other.status).toBe(403);
    expect((await (await app.as(officerOf('natural-resources'))).get(`/api/investment-reports?month=${month}`)).status).toBe(403);
  });

  it('refuses a chase before the reports are due, with nobody late, of a malformed or future month, or by anyone but the office, and records none', async () => {
    const before = await chases();
    const early = await office.post(`/api/investment-reports/${month}/chase`, {});
    expect(early.status).toBe(409);
    expect(early.body.problems).toEqual([expect.objectContaining({ field: 'month', reason: expect.stringContaining('are due by') })]);
    // Nobody was under way then, so nobody is late.
    const nobodyLate = await office.post('/api/investment-reports/2020-01/chase', {});
    expect(nobodyLate.status).toBe(409);
    expect(nobodyLate.body.problems).toEqual([expect.objectContaining({ field: 'month', reason: expect.stringContaining('nothing to chase') })]);
    for (const bad of ['2026-13', '2999-01']) {
      const refused = await office.post(`/api/investment-reports/${bad}/chase`, {});
      expect(refused.status).toBe(400);
      expect(refused.body.problems).toEqual([expect.objectContaining({ field: 'month' })]);
    }
    expect((await owner.post(`/api/investment-reports/${overdueMonth}/chase`, {})).status).toBe(403);
    expect((await office.get('/api/investment-reports?month=next')).status).toBe(400);
    expect(await chases()).toEqual(before);
  });

  // Last: its projects, registered long ago, owe every month since and would be late in the months the tests above count.
  it('sets each project beside its plan for the month’s year: reported from January through the month, its rate and its light', async () => {
    const planned = (await registerProject(office)).profile;
    const unplanned = (await registerProject(office)).profile;
    for (const code of [planned.code, unplanned.code]) await registeredAt(code, new Date('2024-11-15T00:00:00+08:00'));
    // Only January to June 2025 count for June 2025: not the December before, nor the July after.
    for (const [asked, amount] of [['2024-12', 500], ['2025-01', 100], ['2025-06', 200], ['2025-07', 1000]] as const) expect((await report(planned.code, asked, amount)).status).toBe(200);
    expect((await office.put(`/api/projects/${planned.code}/annual-plans/2025`, { amount: 1000 })).status).toBe(200);
    expect((await office.put(`/api/projects/${planned.code}/annual-plans/2026`, { amount: 10 })).status).toBe(200);
    const june = await eventually(async () => {
      const current = await monthOf('2025-06');
      if (rowOf(current, planned.code)?.annualPlan !== 1000 || rowOf(current, planned.code)?.amount !== 200) throw new Error('plan or report not read yet');
      return current;
    }, 'the plan reaching the monthly list');
    // 30% of the plan with 49.6% of the year gone (181 of 365 days): 19.6 points behind 序时进度 is yellow.
    expect(rowOf(june, planned.code)).toMatchObject({ investedThisYear: 300, annualPlan: 1000, annualRate: 0.3, annualLight: 'yellow' });
    expect(rowOf(june, unplanned.code)).toMatchObject({ investedThisYear: 0, annualPlan: null });
    expect(rowOf(june, unplanned.code)).not.toHaveProperty('annualRate');
    expect(rowOf(await monthOf('2025-07'), planned.code)).toMatchObject({ investedThisYear: 1300, annualRate: 1.3, annualLight: 'green' });
  });
});
