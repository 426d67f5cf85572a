import { readFileSync } from 'node:fs';
import { BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_LADDER_TEMPLATE_ID, DemoCountySeeder } from '@keystone/demo';
import { STAGE_KEYS, STAGE_NAMES, beijingDeadline, beijingMonth, monthsAfter, percentText, periodTitle, previousMonth } from '@keystone/domain';
import { ApiClient } from '../../api/test/support/api-client';
import { KeystoneTestApp } from '../../api/test/support/keystone-test-app';
import { eventually, nextProjectCode, registerProject } from '../../api/test/support/project-fixtures';
import { RobotReceiver } from '../../api/test/support/robot-receiver';
import { DESKTOP, PHONE, WebBrowser, buildWebApp, capture, isSameDocument, markDocument, navigationEntries } from './support/web-browser';

/** 规划选址 runs out in four seconds (red at the limit), every later stage has a day: alerts fire while a test watches. */
const FAST_TEMPLATE = {
  id: 'web-fast',
  name: '秒级时限模板（浏览器测试）',
  projectType: 'web-fast',
  stages: STAGE_KEYS.map((stage, index) => ({
    stage,
    name: STAGE_NAMES[stage],
    timeLimit: { duration: index === 0 ? 'PT4S' : 'P1D' },
    tasks: [{ key: 'main', name: index === 0 ? '建设项目选址意见书' : `${STAGE_NAMES[stage]}审批事项`, department: 'natural-resources' }],
  })),
};

/**
 * The web app in Debian's chromium against the real stack (API serving the built app, worker, Temporal, PostgreSQL),
 * with the demo county's projects on the board. Each person has their own browser profile, as on their own laptop.
 */
describe('the web app in a real browser', () => {
  let app: KeystoneTestApp;
  let web: WebBrowser;
  let office: ApiClient;
  let leader: { context: BrowserContext; page: Page };
  let officer: { context: BrowserContext; page: Page };
  /** The office's own browser, signed in once: the API allows ten sign-ins a minute at one account from one address. */
  let officeDesk: Page;
  let ownerDesk: Page;

  const fastProject = async (name: string) => (await registerProject(office, { name, templateId: FAST_TEMPLATE.id, projectType: FAST_TEMPLATE.projectType })).project;
  const boardRow = (page: Page, code: string) => page.locator(`tr[data-project="${code}"]`);
  const eventsOf = async (code: string) => (await app.dataSource.query(`SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [code])) as { type: string; data: Record<string, unknown> }[];

  /**
   * The leader's inbox, with the project's first red alert opened for handling. Pinned by id: once extended,
   * the re-armed clock raises a new red alert for the same project.
   */
  const openRedAlert = async (page: Page, code: string) => {
    await page.getByRole('link', { name: '领导督办' }).click();
    const red = page.locator(`article.level-red[data-project="${code}"]`).first();
    await red.waitFor({ timeout: 20_000 });
    const alert = page.locator(`article[data-alert="${await red.getAttribute('data-alert')}"]`);
    await alert.getByRole('button', { name: '办理' }).click();
    return alert;
  };

  beforeAll(async () => {
    buildWebApp();
    app = await KeystoneTestApp.start();
    office = await app.as('office');
    const created = await office.post('/api/templates', FAST_TEMPLATE);
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    await app.get(DemoCountySeeder).seedProjects({ kind: 'user', userId: 'web-test', username: 'office', role: 'office' });
    web = await WebBrowser.launch(app.baseUrl);
    const [leaderContext, officerContext] = [await web.newContext(), await web.newContext({ streamRefused: true })];
    leader = { context: leaderContext, page: await web.signIn(leaderContext, 'leader-wang', '/alerts') };
    officer = { context: officerContext, page: await web.signIn(officerContext, 'officer-natural-resources', '/inbox') };
    officeDesk = await web.signIn(await web.newContext(), 'office', '/board');
    ownerDesk = await web.signIn(await web.newContext(), 'owner-county-investment-group', '/corrections');
  });

  afterEach(() => expect(web?.pageErrors ?? []).toEqual([]));

  afterAll(async () => {
    await web?.close();
    await app?.stop();
  });

  it('seeds demo projects whose ladder runs within minutes, for two leaders, and shows their template', async () => {
    const seeded = (await office.get(`/api/projects?limit=1000`)).body.items as Record<string, string>[];
    const ladder = seeded.filter((row) => row.templateId === DEMO_LADDER_TEMPLATE_ID);
    expect(ladder.map((row) => row.leader).sort()).toEqual(['leader-chen', 'leader-zhang']);
    const minutesAfterOpening = (row: Record<string, string>, instant: string) => (Date.parse(row[instant]) - Date.parse(row.stageOpenedAt)) / 60_000;
    for (const row of ladder) {
      expect([minutesAfterOpening(row, 'stageWarnAt'), minutesAfterOpening(row, 'stageDueAt'), minutesAfterOpening(row, 'stageSecondLevelAt')]).toEqual([4, 5, 7.5]);
      // The department's inbox counts the task down on those minutes, not on a promise of days.
      const [task] = (await office.get(`/api/tasks?projectCode=${row.code}`)).body.items;
      expect(task).toMatchObject({ dueRule: 'stage', dueAt: row.stageDueAt });
    }
    await officeDesk.getByRole('link', { name: '阶段模板' }).click();
    expect(await officeDesk.locator(`section[data-template="${DEMO_LADDER_TEMPLATE_ID}"] tr[data-stage="siting"] td[data-label="办理时限"]`).textContent()).toContain('5 分钟（演示时长）');
    // Projects being built whose planned start has come have reported the month the 投资月报 page opens on (early
    // in a month, the month before).
    const reports = (await office.get('/api/investment-reports?limit=1000')).body as { month: string; reported: number; items: { projectCode: string; amount: number | null; annualPlan: number | null; annualRate?: number }[] };
    const building = seeded
      .filter((row) => row.status === 'active' && ['construction-start', 'completion'].includes(row.currentStage) && row.plannedStart.slice(0, 7) <= reports.month)
      .map((row) => row.code);
    expect(building.length).toBeGreaterThanOrEqual(4);
    expect(reports.items.filter((row) => row.amount !== null).map((row) => row.projectCode).sort()).toEqual(building.sort());
    await officeDesk.getByRole('link', { name: '投资月报' }).click();
    await officeDesk.getByText(`已报 ${building.length} 个`).waitFor();
    // Each beside its plan for the month's year (the demo plans the seeding year; in January the month reported is last year's).
    const [first] = reports.items.filter((row) => building.includes(row.projectCode));
    const pace = officeDesk.locator(`tr[data-project="${first.projectCode}"] [data-testid="annual-pace"]`);
    if (first.annualPlan === null) await pace.filter({ hasText: '未定年度计划' }).waitFor();
    else await pace.filter({ hasText: `${percentText(first.annualRate)} / 计划 ${first.annualPlan.toLocaleString('zh-CN')}` }).waitFor();
    await officeDesk.getByRole('link', { name: '挂图作战' }).click();
  });

  it('serves the app at every path outside /api, and leaves /api to the API', async () => {
    const deepLink = await fetch(`${app.baseUrl}/projects/2026-341521-48-01-000001`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root">');
    const unknownRoute = await fetch(`${app.baseUrl}/api/no-such-route`);
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${app.baseUrl}/api/health`)).headers.get('content-type')).toContain('application/json');
  });

  it('puts every page of the office within reach on a phone, each entry whole on one line', async () => {
    await officeDesk.setViewportSize(PHONE);
    const entries = await navigationEntries(officeDesk);
    await officeDesk.setViewportSize(DESKTOP);
    expect(entries.map(({ name }) => name)).toEqual(['挂图作战', '项目登记', '督办事项', '投资月报', '年度计划', '月度通报', '阶段模板', '工作日历', '消息推送']);
    expect(entries).toEqual(entries.map(({ name }) => ({ name, lines: 1, onScreen: true })));
  });

  it('signs each role in to its own page, and says why a wrong password is refused', async () => {
    const context = await web.newContext();
    const login = await web.open(context, '/');
    await login.getByLabel('用户名').fill('office');
    await login.getByLabel('密码').fill('wrong password');
    await login.getByRole('button', { name: '登录' }).click();
    await login.getByRole('alert').filter({ hasText: '登录未成功：身份未通过验证' }).waitFor();
    await capture(login, 'login');
    await context.close();
    await officeDesk.locator('tr[data-project]').first().waitFor();
    await officeDesk.locator('canvas').waitFor();
    // Every project on the board is counted once at the top: by its light, or as completed or refused.
    const counted = await officeDesk.locator('.count-card .count-number').allTextContents();
    expect(counted.map(Number).reduce((sum, count) => sum + count, 0)).toBe(await officeDesk.locator('tr[data-project]').count());
    await capture(officeDesk, 'board');
    const operatorPage = await web.signIn(await web.newContext(), 'operator', '/operator');
    await capture(operatorPage, 'operator-start');
  });

  it("moves the project's stage and light on a leader's open board when an officer approves in the department inbox", async () => {
    // The leader's page follows the event stream; the officer's cannot reach it and falls back to polling.
    await leader.page.locator('.live', { hasText: '实时更新' }).waitFor();
    await officer.page.locator('.live', { hasText: '每 3 秒自动刷新' }).waitFor();
    const project = await fastProject('城东物流园（审批测试）');
    const board = leader.page;
    await board.getByRole('link', { name: '挂图作战' }).click();
    await markDocument(board);
    const row = boardRow(board, project.code);
    await row.locator('[data-testid=stage]', { hasText: '规划选址' }).waitFor();
    await row.locator('[data-testid=light]', { hasText: '红灯' }).waitFor({ timeout: 20_000 });
    expect(await row.locator('[data-testid=light]').textContent()).toContain('超过办理时限');
    await capture(board, 'board-with-red-light');

    const inbox = officer.page;
    const task = inbox.locator(`article[data-task="${project.tasks[0].id}"]`);
    await task.getByLabel('意见/理由').fill('材料齐全，同意');
    await task.getByRole('button', { name: '通过', exact: true }).click();
    await inbox.getByRole('status').filter({ hasText: '已通过' }).waitFor();
    await task.waitFor({ state: 'detached' });
    await capture(inbox, 'department-inbox');

    await row.locator('[data-testid=stage]', { hasText: '用地预审' }).waitFor({ timeout: 15_000 });
    await row.locator('[data-testid=light]', { hasText: '绿灯' }).waitFor();
    expect(await isSameDocument(board)).toBe(true);

    // A name typed narrows the board, and its counts, to the projects it finds.
    await board.getByLabel('项目名称或代码').fill('物流园（审批');
    await countOf(board.locator('tr[data-project]'), 1);
    expect(await board.locator('tr[data-project]').getAttribute('data-project')).toBe(project.code);
    expect(await board.getByTestId('stage-count-land-pre-review').textContent()).toBe('1');
    expect(board.url()).toContain(`search=${encodeURIComponent('物流园（审批')}`);
    await board.getByLabel('项目名称或代码').fill('');
  });

  it('extends a deadline from the leader’s alert inbox, refusing it first without a reason', async () => {
    const project = await fastProject('城北污水管网（延期测试）');
    const page = leader.page;
    const alert = await openRedAlert(page, project.code);
    await alert.getByRole('button', { name: '延期', exact: true }).click();
    await alert.getByLabel('延期工作日数').fill('5');
    await alert.getByRole('button', { name: '确认延期' }).click();
    const refusal = alert.getByRole('alert');
    await refusal.filter({ hasText: '延期未成功：填写内容不符合要求' }).waitFor();
    expect(await refusal.textContent()).toContain('理由：不能为空或只有空格');
    await capture(page, 'leader-inbox-refusal');

    await alert.getByLabel('延期理由').fill('等待专家评审意见');
    await alert.getByRole('button', { name: '确认延期' }).click();
    await alert.getByRole('status').filter({ hasText: '延期已办理' }).waitFor();
    const extended = await eventually(async () => {
      const found = (await eventsOf(project.code)).find((event) => event.type === 'DeadlineExtended');
      if (!found) throw new Error('no DeadlineExtended yet');
      return found;
    }, 'the extension');
    expect(extended.data).toMatchObject({ stage: 'siting', workingDays: 5, reason: '等待专家评审意见' });
    await capture(page, 'leader-inbox');

    await alert.getByRole('link', { name: project.profile.name }).click();
    await page.locator('li.step[data-stage="siting"]', { hasText: '已延期 5 个工作日' }).waitFor();
  });

  it('lets a leader acknowledge, instruct, reassign, raise and close a problem, suspend and resume from the alert inbox', async () => {
    const project = await fastProject('西河镇文化广场（督办测试）');
    const page = leader.page;
    const alert = await openRedAlert(page, project.code);
    const act = async (command: string, fill?: (form: Locator) => Promise<void>) => {
      await alert.getByRole('button', { name: command, exact: true }).click();
      if (fill) {
        await fill(alert.getByRole('form', { name: command }));
        await alert.getByRole('button', { name: `确认${command}` }).click();
      }
      await alert.getByRole('status').filter({ hasText: `${command}已办理` }).waitFor();
    };

    await act('确认收到');
    await alert.locator('.status-tag', { hasText: '已确认' }).waitFor();
    // Acknowledged once, it offers no second acknowledgement, which the API would refuse.
    await countOf(alert.getByRole('button', { name: '确认收到', exact: true }), 0);
    await act('批示', (form) => form.getByLabel('批示内容').fill('请三个工作日内办结'));
    await alert.locator('.instructions', { hasText: '请三个工作日内办结' }).waitFor();
    await act('改派', async (form) => {
      await form.getByLabel('办件').selectOption(project.tasks[0].id);
      await form.getByLabel('承接部门').selectOption({ label: '住建局' });
      await form.getByLabel('改派理由').fill('涉及施工图审查');
    });
    await act('提出问题', async (form) => {
      await form.getByLabel('问题描述').fill('征地拆迁未完成');
      await form.getByLabel('责任单位').selectOption({ label: '自然资源局' });
      await form.getByLabel('整改期限').fill(daysAhead(45));
    });
    await act('暂停项目', async (form) => {
      await form.getByLabel('暂停理由').fill('等待用地指标');
      await form.getByLabel('预计恢复日期').fill(daysAhead(120));
    });
    await capture(page, 'leader-inbox-actions');
    await act('恢复项目', (form) => form.getByLabel('恢复说明').fill('指标已落实'));

    const problem = page.locator('.problems > li', { hasText: '征地拆迁未完成' });
    await problem.getByRole('button', { name: '问题销号' }).click();
    await problem.getByLabel('整改结果').fill('已完成征地');
    await problem.getByRole('button', { name: '确认问题销号' }).click();
    await problem.waitFor({ state: 'detached' });
    const types = (await eventsOf(project.code)).map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['AlertAcknowledged', 'InstructionGiven', 'TaskReassigned', 'ProblemRaised', 'ProjectSuspended', 'ProjectResumed', 'ProblemClosed']),
    );
  });

  it('shows why a return without a reason is refused, and leaves the task pending', async () => {
    const { project } = await registerProject(office, { name: '南山乡便民服务中心（退回测试）' });
    const page = officer.page;
    const task = page.locator(`article[data-task="${project.tasks[0].id}"]`);
    await task.getByRole('button', { name: '退回补正' }).click();
    const refusal = task.getByRole('alert');
    await refusal.filter({ hasText: '退回补正未成功：填写内容不符合要求' }).waitFor();
    expect(await refusal.textContent()).toContain('意见/理由：退回补正须写明理由');
    await capture(page, 'department-inbox-refusal');
    const pending = await office.get(`/api/tasks?projectCode=${project.code}&status=pending`);
    expect(pending.body.items.map((item: { id: string }) => item.id)).toEqual([project.tasks[0].id]);
  });

  it('lets the owner resubmit a returned task from its own page, and puts it back in the department’s inbox', async () => {
    const { project } = await registerProject(office, { name: '城关镇农贸市场改造（补正测试）' });
    const [task] = project.tasks;
    const officerApi = await app.as('officer-natural-resources');
    expect((await officerApi.post(`/api/tasks/${task.id}/decision`, { decision: 'return', comment: '缺少用地红线图' })).status).toBe(200);

    const page = ownerDesk;
    await page.reload();
    const card = page.locator(`article[data-task="${task.id}"]`);
    expect(await card.textContent()).toContain('退回理由：缺少用地红线图');
    await card.getByLabel('补正说明').fill('已补充用地红线图');
    await capture(page, 'owner-corrections');
    await card.getByRole('button', { name: '提交补正' }).click();
    await page.getByRole('status').filter({ hasText: '已提交补正' }).waitFor();
    await card.waitFor({ state: 'detached' });
    const [pending] = (await office.get(`/api/tasks?projectCode=${project.code}`)).body.items;
    expect(pending).toMatchObject({ id: task.id, status: 'pending', lastComment: '已补充用地红线图', returnReason: '缺少用地红线图' });
  });

  it('shows a project being built as 竣工 awaiting the owner’s application, and starts its clock when the owner applies', async () => {
    const rows = (await office.get('/api/projects?stage=completion&ownerUnit=county-investment-group&limit=1000')).body.items as Record<string, string>[];
    const building = rows.find((row) => row.awaitingApplication === '竣工验收申请')!;
    await officeDesk.getByRole('link', { name: '挂图作战' }).click();
    await boardRow(officeDesk, building.code).locator('[data-testid=stage]', { hasText: '在建 · 待竣工验收申请' }).waitFor();
    // The owner finds it among what it owes, and opens its page from there.
    const page = ownerDesk;
    await page.goto(`${app.baseUrl}/corrections`);
    const owed = page.getByTestId('awaiting-applications').locator(`li[data-project="${building.code}"]`);
    expect(await owed.textContent()).toContain('竣工阶段待竣工验收申请，提交前不计时');
    await owed.getByRole('link', { name: building.name }).click();
    await page.locator('li.step-awaiting-application[data-stage="completion"]').waitFor();
    // On schedule, as on the board, and saying why no clock runs.
    await page.locator('.project-header .light-green').waitFor();
    expect(await page.locator('.project-header .explanation').textContent()).toBe('竣工阶段待项目业主提交竣工验收申请（在建，不计时），提交后开始计时');
    const panel = page.getByRole('region', { name: '竣工验收申请' });
    expect(await panel.getByTestId('awaiting-application').textContent()).toContain('不计时限');
    await panel.getByRole('button', { name: '提交竣工验收申请' }).click();
    await panel.getByLabel('说明').fill('主体工程已完工，具备验收条件');
    await panel.getByRole('button', { name: '确认提交竣工验收申请' }).click();
    await page.locator('li.step-current[data-stage="completion"]').waitFor();
    await panel.waitFor({ state: 'detached' });
    await capture(page, 'completion-applied');
    const [task] = (await office.get(`/api/tasks?projectCode=${building.code}&status=pending`)).body.items;
    expect(task).toMatchObject({ stage: 'completion', department: 'housing-construction' });
    expect((await eventsOf(building.code)).find((event) => event.type === 'OwnerApplicationSubmitted')?.data).toMatchObject({ note: '主体工程已完工，具备验收条件' });
  });

  it('lets the owner report a month’s investment on its project’s page, and correct it', async () => {
    const { project } = await registerProject(office, { name: '城东污水处理厂（月报测试）', totalInvestment: 20000 });
    const page = ownerDesk;
    await page.goto(`${app.baseUrl}/projects/${project.code}`);
    const panel = page.getByRole('region', { name: '投资月报' });
    await panel.getByText('尚未填报投资月报。').waitFor();
    for (const amount of ['-10', '3000', '5000']) {
      await panel.getByRole('button', { name: '填报投资月报' }).click();
      await panel.getByLabel('当月完成投资（万元）').fill(amount);
      await panel.getByRole('button', { name: '确认填报投资月报' }).click();
      if (amount === '-10') {
        await panel.getByRole('alert').filter({ hasText: '当月完成投资：不能为负数（万元）' }).waitFor();
        await panel.getByRole('button', { name: '取消' }).click();
      } else {
        await panel.getByRole('status').filter({ hasText: '填报投资月报已办理' }).waitFor();
      }
    }
    // The second report of the month corrects the first: one month, the corrected figure.
    await panel.getByTestId('investment-completed').filter({ hasText: '累计完成投资 5,000 万元，占计划总投资 25%' }).waitFor();
    expect(await panel.locator('tr[data-month]').count()).toBe(1);
    await capture(page, 'investment-reports');
    const events = (await eventsOf(project.code)).filter((event) => event.type === 'InvestmentReported');
    expect(events.map((event) => [event.data.amount, event.data.previousAmount])).toEqual([[3000, null], [5000, 3000]]);

    // The owner's own projects under way in the month, those yet to report first; the office sees every owner's.
    await page.getByRole('link', { name: '投资月报' }).click();
    await page.getByLabel('月报月份').fill(beijingMonth(new Date()));
    await page.locator(`tr[data-project="${project.code}"] [data-testid="report-standing"]`, { hasText: '已报' }).waitFor();
    expect(await page.locator(`tr[data-project="${project.code}"] td[data-label="当月完成投资（万元）"]`).textContent()).toBe('5,000');
    const owners = await page.locator('tr[data-project] td[data-label="项目业主"]').allTextContents();
    expect(new Set(owners)).toEqual(new Set(['县城市建设投资集团']));
    expect(await page.locator('tr[data-project]').first().locator('[data-testid="report-standing"]').textContent()).toBe('未报');
    expect(await page.getByRole('button', { name: '催报' }).count()).toBe(0);
    await capture(page, 'investment-reports-owner');
    await officeDesk.getByRole('link', { name: '投资月报' }).click();
    await officeDesk.getByLabel('月报月份').fill(beijingMonth(new Date()));
    await officeDesk.locator(`tr[data-project="${project.code}"]`).waitFor();
    expect(new Set(await officeDesk.locator('tr[data-project] td[data-label="项目业主"]').allTextContents()).size).toBeGreaterThan(1);
  });

  it('lets the office set a project’s planned investment for the year, naming the figure it refuses, and rates the year in the notice', async () => {
    const project = (await registerProject(office, { name: '年度计划测试项目' })).project;
    const year = beijingMonth(new Date()).slice(0, 4);
    const page = officeDesk;
    await page.goto(`${app.baseUrl}/projects/${project.code}`);
    const panel = page.getByRole('region', { name: '投资月报' });
    await panel.getByRole('button', { name: '设定年度计划投资' }).click();
    const form = panel.getByRole('form', { name: '设定年度计划投资' });
    expect(await form.getByLabel('年度', { exact: true }).inputValue()).toBe(year);
    await form.getByLabel('年度计划投资（万元）').fill('60000');
    await form.getByRole('button', { name: '确认设定年度计划投资' }).click();
    await form.getByRole('alert').filter({ hasText: '年度计划投资：不能超过项目总投资 52000 万元' }).waitFor();
    await form.getByLabel('年度计划投资（万元）').fill('30000');
    await form.getByLabel('依据').fill('县重点项目年度投资计划');
    await form.getByRole('button', { name: '确认设定年度计划投资' }).click();
    await panel.getByTestId('annual-plans').locator(`li[data-year="${year}"]`, { hasText: `${year} 年计划投资 30,000 万元，已完成 0 万元（0%）` }).waitFor();
    await page.locator('.history-entry', { hasText: `设定 ${year} 年计划投资 30,000 万元：县重点项目年度投资计划` }).waitFor();

    // The year's sheet: every project's plan on one page; each figure saved goes to its project, a refused one says why on its row.
    const second = (await registerProject(office, { name: '年度计划测试项目二' })).project;
    await page.getByRole('link', { name: '年度计划', exact: true }).click();
    const sheet = page.getByRole('form', { name: '年度投资计划' });
    expect(await sheet.getByLabel('年度计划测试项目 · 计划投资').inputValue()).toBe('30000');
    await sheet.getByLabel('年度计划测试项目 · 计划投资').fill('99999');
    await sheet.getByLabel('年度计划测试项目二 · 计划投资').fill('8000');
    await sheet.getByRole('button', { name: '保存修改（2 个项目）' }).click();
    await sheet.getByRole('status').filter({ hasText: '已保存 1 个项目的计划，1 个未保存' }).waitFor();
    expect(await sheet.locator(`tr[data-project="${project.code}"] td[data-label="结果"]`).textContent()).toContain('未保存：不能超过项目总投资 52000 万元');
    expect(await sheet.locator(`tr[data-project="${second.code}"] td[data-label="结果"]`).textContent()).toBe('已保存');
    expect((await office.get(`/api/projects/${second.code}`)).body.annualPlans).toEqual({ [year]: 8000 });
    expect((await office.get(`/api/projects/${project.code}`)).body.annualPlans).toEqual({ [year]: 30000 });
    // The sheet follows changes live: a project registered meanwhile appears on it, with no plan yet.
    const third = (await registerProject(office, { name: '年度计划测试项目三' })).project;
    await sheet.locator(`tr[data-project="${third.code}"]`).waitFor();
    expect(await sheet.getByLabel('年度计划测试项目三 · 计划投资').inputValue()).toBe('');
    await capture(page, 'annual-plans');
    // The owner reads its own projects' plans there, without changing them.
    await ownerDesk.getByRole('link', { name: '年度计划', exact: true }).click();
    await ownerDesk.locator(`tr[data-project="${second.code}"] td[data-label="计划投资"]`, { hasText: '8,000 万元' }).waitFor();
    expect(await ownerDesk.getByRole('form', { name: '年度投资计划' }).locator('input').count()).toBe(0);

    // The demo county's plans and reports make the year's rate; the notice sets it beside the share of the year gone.
    await page.goto(`${app.baseUrl}/notice`);
    expect(await page.getByTestId('annual-rate').textContent()).toMatch(/^\d+%年度投资完成率 · 序时进度 \d+%（按时间）· 本年已完成 [\d,]+ 万元 \/ 年度计划 [\d,]+ 万元/);
  });

  it('lets the office chase the projects late with a month’s report, once a day, and reminds the owner', async () => {
    const { project } = await registerProject(office, { name: '城北供水管网（催报测试）' });
    // Its reports were due in the month before this one. The API registers projects only now, so the board row
    // is dated back as a county's older projects are.
    const overdueMonth = previousMonth(previousMonth(beijingMonth(new Date())));
    await app.dataSource.query(`UPDATE project_board SET registered_at = $2 WHERE code = $1`, [project.code, new Date(`${overdueMonth}-01T00:00:00+08:00`)]);
    const page = officeDesk;
    // A month still to come is refused in words, and the picker stays to choose another.
    await page.goto(`${app.baseUrl}/investment?month=2999-01`);
    await page.getByRole('alert').filter({ hasText: '不能晚于本月' }).waitFor();
    await page.getByLabel('月报月份').fill(overdueMonth);
    const standing = page.locator(`tr[data-project="${project.code}"] [data-testid="report-standing"]`);
    expect(await standing.textContent()).toMatch(/^逾期 \d+ 个工作日$/);
    expect(await page.getByTestId('report-counts').textContent()).toContain('逾期 1 个');
    await page.getByRole('button', { name: '催报' }).click();
    await page.getByTestId('report-chased').filter({ hasText: '由 office 催报 1 个逾期项目' }).waitFor();
    expect(await page.getByRole('button', { name: '催报' }).count()).toBe(0);
    await capture(page, 'investment-report-chase');

    // The owner's desk says what it has yet to report: every earlier month still missing, and the month being
    // reported; each leads to its page.
    await ownerDesk.goto(`${app.baseUrl}/corrections`);
    const earlier = ownerDesk.getByTestId('late-months');
    await earlier.waitFor();
    expect(await earlier.textContent()).toMatch(new RegExp(`${periodTitle(overdueMonth)} \\d+ 个`));
    const reminder = ownerDesk.getByTestId('report-reminder');
    expect(await reminder.textContent()).toMatch(/^\d{4}年\d{1,2}月投资月报.*截止.*\d+ 个项目(逾期)?未报/);
    await capture(ownerDesk, 'owner-report-reminder');
    await earlier.getByRole('link', { name: new RegExp(`^${periodTitle(overdueMonth)} `) }).click();
    await ownerDesk.locator(`tr[data-project="${project.code}"] [data-testid="report-standing"]`).waitFor();
    expect(ownerDesk.url()).toMatch(new RegExp(`/investment\\?month=${overdueMonth}$`));
  });

  it('circulates the monthly notice: departments and townships ranked, a stalled task named with its leader, a month ahead refused', async () => {
    const stalled = await fastProject('城西物流园（通报测试）');
    await eventually(async () => {
      const red = (await office.get(`/api/alerts?projectCode=${stalled.code}&recipient=&level=red`)).body.items;
      if (!red.length) throw new Error('not red yet');
    }, 'the stalled project going red');
    const page = officeDesk;
    await page.getByRole('link', { name: '月度通报' }).click();
    const overdue = page.getByTestId('department-named').locator('li', { hasText: '自然资源局' });
    await overdue.filter({ hasText: '城西物流园（通报测试）「建设项目选址意见书」' }).waitFor();
    expect(await overdue.textContent()).toContain('包抓县领导 王建国');
    const department = page.locator('[data-testid="department-ranking"] tr[data-unit="natural-resources"] td[data-label="通报"]');
    expect(['点名通报', '约谈']).toContain(await department.textContent());
    expect(await page.getByTestId('department-ranking').locator('tr[data-unit]').count()).toBe(6);
    await page.getByTestId('township-named').locator('li', { hasText: '东城街道' }).filter({ hasText: '城西物流园（通报测试）' }).waitFor();
    // Other tests' project names mention townships too: the township is the list item's heading.
    // 总体情况: the rates with what they count, and the stalled project's red escalation on its leader's line.
    expect(await page.getByTestId('start-rate').textContent()).toMatch(/^\d+%开工率 · 应开工 \d+ 个，已开工 \d+ 个$/);
    expect(await page.getByTestId('investment-rate').textContent()).toContain('序时进度');
    // The demo's 城东储能电站 was to start four months before the month it was seeded in, and stands in 开工.
    const plannedStart = `${monthsAfter(beijingMonth(new Date()), -4)}-01`;
    expect(await page.getByTestId('late-starts').locator('.named-item', { hasText: '城东储能电站' }).textContent()).toMatch(new RegExp(`红灯.*计划 ${plannedStart} 开工，滞后 4 个月`));
    const wang = page.locator('[data-testid="leader-escalations"] tr[data-leader="leader-wang"] td');
    expect(Number(await wang.nth(1).textContent())).toBeGreaterThanOrEqual(1);
    const unreported = page.getByTestId('township-unreported').locator('li').filter({ has: page.locator('strong', { hasText: /^南山乡$/ }) });
    expect(await unreported.textContent()).toContain('本月尚未填报投资月报');
    expect(await unreported.textContent()).toContain('南山乡乡村振兴示范片区（县城市建设投资集团）');
    expect(await page.locator('h1').textContent()).toMatch(/^\d{4}年\d{1,2}月重点项目推进情况通报$/);
    await capture(page, 'monthly-notice');
    // The demo county's projects being built in 城关镇 reported 347 and 2,611 万元 for the month owners report now
    // (early in a month, the month before).
    const reportedMonth = (await office.get('/api/investment-reports')).body.month;
    await page.goto(`${app.baseUrl}/notice?period=${reportedMonth}`);
    await page.locator('[data-testid="township-ranking"] tr[data-unit="chengguan"] td[data-label="本月完成投资（万元）"]', { hasText: /^2,958$/ }).waitFor();
    await page.goto(`${app.baseUrl}/notice`);

    // 季度比: the same notice for the quarter holding this month.
    await page.getByLabel('通报周期').selectOption({ label: '季度' });
    await page.locator('h1', { hasText: /^\d{4}年第[一二三四]季度重点项目推进情况通报$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toMatch(/^\d{4}-Q[1-4]$/);
    await page.getByTestId('department-named').locator('li', { hasText: '自然资源局' }).filter({ hasText: '城西物流园（通报测试）' }).waitFor();

    // 印发: last month has ended, so the office may issue its notice, once.
    await page.getByLabel('通报周期').selectOption({ label: '月度' });
    const lastMonth = previousMonth(beijingMonth(new Date()));
    await page.getByLabel('通报月份').fill(lastMonth);
    await page.getByRole('button', { name: '印发通报' }).click();
    await page.getByTestId('notice-issued').filter({ hasText: '由 office 印发' }).waitFor();
    await capture(page, 'notice-issued');

    await page.goto(`${app.baseUrl}/notice?period=2999-01`);
    await page.getByRole('alert').filter({ hasText: '加载通报未成功：填写内容不符合要求' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('通报周期：不能晚于本月');
    await page.getByLabel('通报月份').fill(lastMonth);
    await page.getByTestId('notice-issued').waitFor();
  });

  it('exports the board as a spreadsheet file, named in Chinese, with the rows the filters show', async () => {
    const page = officeDesk;
    await page.getByRole('link', { name: '挂图作战' }).click();
    await page.getByLabel('乡镇/街道').selectOption({ label: '西河镇' });
    await page.locator('tr[data-project]').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出表格' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^挂图作战-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^项目代码,项目名称,乡镇\/街道,/);
    expect(lines.slice(1).every((line) => line.split(',')[2] === '西河镇')).toBe(true);
    expect(lines.length - 1).toBe((await office.get('/api/projects/summary?township=xihe')).body.total);
    await page.getByLabel('乡镇/街道').selectOption({ label: '全部' });
  });

  it('shows the stage templates the clocks run on: each stage’s limit and ladder, each task’s department and limits', async () => {
    const template = (await office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'default');
    const page = officeDesk;
    await page.getByRole('link', { name: '阶段模板' }).click();
    const siting = page.locator('section[data-template="default"] tr[data-stage="siting"]');
    expect(await siting.locator('td[data-label="办理时限"]').textContent()).toBe(`${template.stages[0].timeLimit.workingDays} 个工作日`);
    expect(await siting.locator('td[data-label="预警与督办"]').textContent()).toMatch(/^用时 \d+% 黄灯预警/);
    expect(await siting.locator('td[data-label="审批事项"]').textContent()).toContain(`${template.stages[0].tasks[0].name} · 自然资源局`);
    expect(await page.getByTestId('yellows-in-a-row').textContent()).toContain('两黄变红');
    await capture(page, 'templates');
  });

  it('lets the office revise a template on its page and copy it as a new one, naming the field it refuses', async () => {
    const stages = FAST_TEMPLATE.stages.map((stage) => ({ ...stage, timeLimit: { workingDays: 10 } }));
    await office.post('/api/templates', { id: 'web-revised', name: '修订测试模板', projectType: 'web-revised', stages });
    const running = (await registerProject(office, { name: '修订前登记的项目', templateId: 'web-revised', projectType: 'web-revised' })).project;
    const another = (await registerProject(office, { name: '修订前登记的另一项目', templateId: 'web-revised', projectType: 'web-revised' })).project;
    const page = officeDesk;
    await page.goto(`${app.baseUrl}/projects/${running.code}`);
    await page.locator('li.step').first().waitFor();
    expect(await page.getByTestId('template-revision').count()).toBe(0);
    await page.goto(`${app.baseUrl}/templates`);
    const section = page.locator('section[data-template="web-revised"]');
    expect(await section.textContent()).toContain('修订只适用于此后登记的项目');
    await section.getByRole('button', { name: '修订模板' }).click();
    const form = section.getByRole('form', { name: '修订模板' });
    await form.getByLabel('用地预审 · 办理时限（工作日）').fill('0');
    await form.getByRole('button', { name: '确认修订模板' }).click();
    await form.getByRole('alert').filter({ hasText: '用地预审 · 办理时限：应为正整数个工作日' }).waitFor();
    await form.getByLabel('用地预审 · 办理时限（工作日）').fill('12');
    await form.getByLabel('竣工 · 业主申请后开始').fill('竣工验收申请');
    // 审批 gains a second task (并联审批); handed to no department, it is refused naming the stage, the task and the field.
    await form.getByRole('button', { name: '审批 · 新增办件' }).click();
    await form.getByLabel('审批 · 第 2 项办件 · 名称').fill('节能审查意见');
    await form.getByLabel('审批 · 第 2 项办件 · 法定时限').fill('20');
    await form.getByRole('button', { name: '确认修订模板' }).click();
    await form.getByRole('alert').filter({ hasText: '审批 · 第 2 项办件 · 承办部门：不存在，请从列表中选择' }).waitFor();
    await capture(page, 'template-editor');
    await form.getByLabel('审批 · 第 2 项办件 · 承办部门').selectOption({ label: '发改局' });
    await form.getByRole('button', { name: '确认修订模板' }).click();
    await section.getByRole('status').filter({ hasText: '修订模板已办理' }).waitFor();
    await section.locator('tr[data-stage="land-pre-review"] td[data-label="办理时限"]', { hasText: '12 个工作日' }).waitFor();
    expect(await section.locator('tr[data-stage="completion"] td[data-label="办理时限"]').textContent()).toContain('项目业主提交竣工验收申请后开始计时');
    const stored = (await office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'web-revised');
    expect(stored.stages[1].timeLimit).toEqual({ workingDays: 12 });
    expect(stored.stages[0]).toEqual(stages[0]);
    expect(stored.stages[3].tasks[1]).toEqual({ key: 'task-2', name: '节能审查意见', department: 'development-reform', statutoryLimit: { workingDays: 20 } });
    expect(await section.locator('tr[data-stage="approval"] td[data-label="审批事项"]').textContent()).toContain('节能审查意见 · 发改局');

    // A project registered before keeps its template, and the office may move its stages still to come onto the revision.
    await page.goto(`${app.baseUrl}/projects/${running.code}`);
    const notice = page.getByTestId('template-revision');
    await notice.locator('li', { hasText: '竣工：办理时限 10 个工作日，项目业主提交竣工验收申请后开始计时' }).waitFor();
    expect(await notice.locator('li', { hasText: '用地预审：办理时限 12 个工作日' }).count()).toBe(1);
    expect(await notice.locator('li', { hasText: '审批：办理时限 10 个工作日，上一阶段办结即开始；办件 审批审批事项（自然资源局）、节能审查意见（发改局）' }).count()).toBe(1);
    await capture(page, 'template-revision-notice');
    await notice.getByRole('button', { name: '后续阶段改按现行版本办理' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.locator('.history-entry', { hasText: '用地预审、审批、竣工阶段改按「修订测试模板」现行版本办理' }).waitFor();
    const moved = (await office.get(`/api/projects/${running.code}`)).body;
    expect(moved.template.stages[1].timeLimit).toEqual({ workingDays: 12 });
    expect(moved.template.stages[5].ownerApplication).toEqual({ name: '竣工验收申请' });

    // The rest of the template's projects under way at once, from the template's page.
    await page.goto(`${app.baseUrl}/templates`);
    await section.getByRole('button', { name: '在办项目后续阶段改按现行版本' }).click();
    const outcome = '改用完成：在办项目 2 个，1 个已改按现行版本，1 个无须改动。';
    await section.getByRole('status').filter({ hasText: outcome }).waitFor();
    expect((await office.get(`/api/projects/${another.code}`)).body.template.stages[5].ownerApplication).toEqual({ name: '竣工验收申请' });
    // The rollout runs in a workflow of its own: its outcome is still there when the page is opened again.
    await page.reload();
    await section.getByRole('status').filter({ hasText: outcome }).filter({ hasText: 'office (office) 于' }).waitFor();
    await capture(page, 'template-rollout');

    // A copy under a new number starts a template for another kind of project; a number in use is refused.
    await section.getByRole('button', { name: '复制为新模板' }).click();
    const copy = section.getByRole('form', { name: '复制为新模板' });
    await copy.getByLabel('模板编号').fill('web-revised');
    await copy.getByRole('button', { name: '确认复制为新模板' }).click();
    await copy.getByRole('alert').filter({ hasText: '模板编号：该模板编号已存在' }).waitFor();
    await copy.getByLabel('模板编号').fill('web-copied');
    await copy.getByLabel('项目类型').fill('web-copied');
    await copy.getByRole('button', { name: '确认复制为新模板' }).click();
    const copied = page.locator('section[data-template="web-copied"]');
    await copied.locator('h2', { hasText: '修订测试模板（副本）' }).waitFor();
    expect(await copied.locator('tr[data-stage="completion"] td[data-label="办理时限"]').textContent()).toContain('项目业主提交竣工验收申请后开始计时');
  });

  it('registers a project from the office’s form, naming each field it refuses, and opens the new project', async () => {
    const page = officeDesk;
    await page.getByRole('link', { name: '项目登记' }).click();
    const form = page.getByRole('form', { name: '登记项目' });
    await form.getByRole('button', { name: '确认登记项目' }).click();
    const refusal = form.getByRole('alert');
    await refusal.filter({ hasText: '登记项目未成功：填写内容不符合要求' }).waitFor();
    for (const field of ['项目代码', '项目名称', '乡镇/街道', '包抓县领导', '计划竣工日期']) expect(await refusal.textContent()).toContain(`${field}：必须填写`);
    // The project type is the template's: the form never asks for it, so a refusal never names it.
    expect(await refusal.textContent()).not.toContain('项目类型');
    await capture(page, 'register-project-refusal');

    const code = nextProjectCode();
    await fillRegistration(form, code);
    await form.getByRole('button', { name: '确认登记项目' }).click();
    await page.waitForURL(`**/projects/${code}`);
    await page.locator('li.step-current[data-stage="siting"]').waitFor();
    const registered = (await office.get(`/api/projects/${code}`)).body;
    expect(registered.profile).toMatchObject({ township: 'xihe', templateId: 'industrial', projectType: 'industrial', totalInvestment: 86000, ownerUnit: 'xinneng-energy', leader: 'leader-li' });

    await page.goto(`${app.baseUrl}/projects/new`);
    await fillRegistration(form, code);
    await form.getByRole('button', { name: '确认登记项目' }).click();
    await refusal.filter({ hasText: '项目代码：该项目代码已登记' }).waitFor();
  });

  it('shows a project page with its stages planned and actual, and the operator its full history', async () => {
    const advanced = (await office.get('/api/projects?stage=approval&limit=1')).body.items[0];
    const page = leader.page;
    await page.goto(`${app.baseUrl}/projects/${advanced.code}`);
    await page.locator('li.step').nth(5).waitFor();
    expect(await page.locator('li.step-done').count()).toBe(3);
    expect(await page.locator('.method').textContent()).toContain(`开工阶段须在计划开工日期 ${advanced.plannedStart} 前办结`);
    await page.locator('.history-entry', { hasText: '项目登记' }).waitFor();
    // The approval task's own limits: the county's promise and the statutory limit, each with its deadline.
    expect(await page.locator('td[data-label="办件时限"]').first().textContent()).toMatch(/^承诺 .+ · 法定 .+/);
    // Read on a device set to Los Angeles (see WebBrowser), the stage's limit still ends on its last Beijing working day.
    const deadline = await page.locator('li.step[data-stage="approval"] dt:text-is("限办") + dd').textContent();
    expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(deadline).toBe(beijingDeadline(new Date(advanced.stageDueAt)));
    // Its time left in working days, as the board counts them, not in calendar days.
    expect(await page.locator('li.step[data-stage="approval"] .step-verdict').textContent()).toContain(`剩余 ${advanced.workingDaysLeft} 个工作日`);
    await capture(page, 'project');

    const operator = await web.signIn(await web.newContext(), 'operator', '/operator');
    // The picker asks the API for what is typed, so a project is found however large the portfolio.
    await operator.getByLabel('项目名称或代码').fill(advanced.code.slice(-6));
    await countOf(operator.locator('.picker li'), 1);
    expect(await operator.locator('.picker li').textContent()).toContain(advanced.code);
    await operator.getByRole('link', { name: advanced.name }).click();
    await operator.locator('.history-workflow').first().waitFor();
    const temporalLink = operator.getByRole('link', { name: '在 Temporal 界面中查看工作流' });
    expect(await temporalLink.getAttribute('href')).toContain(encodeURIComponent(`project-${advanced.code}`));
    expect(await operator.locator('.history-domain').count()).toBeGreaterThan(5);
    await capture(operator, 'operator');
  });

  it('lets the operator check a year on the working-day calendar and enter one, naming each date it refuses', async () => {
    const operator = await web.signIn(await web.newContext(), 'operator', '/operator');
    await operator.getByRole('link', { name: '工作日历' }).click();
    const coverage = (await office.get('/api/calendar')).body as { missingYears: number[] };
    for (const missing of coverage.missingYears) await operator.getByTestId('missing-year').filter({ hasText: `尚未录入 ${missing} 年节假日安排` }).waitFor();

    // A stored year on the wall calendar: its holidays marked 休, its make-up working days 班.
    const stored = (await office.get('/api/calendar/2026')).body as { holidays: string[]; makeUpWorkdays: string[] };
    await operator.getByLabel('年份').selectOption('2026');
    await operator.locator(`td.holiday[data-date="${stored.holidays[0]}"]`, { hasText: '休' }).waitFor();
    await operator.locator(`td.make-up[data-date="${stored.makeUpWorkdays[0]}"]`, { hasText: '班' }).waitFor();
    expect(await operator.getByLabel('放假日期').inputValue()).toContain(' 至 ');

    // A year still to be entered: a line that is no date is named before anything is sent; a weekday as a make-up
    // day is refused by the API, naming the date; nothing is stored until the schedule is right.
    const year = 2029;
    await operator.goto(`${app.baseUrl}/calendar?year=${year}`);
    await operator.getByText(`尚无 ${year} 年的节假日安排`).waitFor();
    const form = operator.getByRole('form', { name: `录入 ${year} 年节假日安排` });
    await form.getByLabel('放假日期').fill(`元旦：${year}-01-01\n春节七天`);
    await form.getByLabel('依据').fill('国办发明电（测试）');
    await form.getByRole('button', { name: `保存 ${year} 年安排` }).click();
    await form.getByRole('alert').filter({ hasText: '放假日期 第 2 行：春节七天' }).waitFor();
    await form.getByLabel('放假日期').fill(`元旦：${year}-01-01\n春节：${year}-02-12 至 ${year}-02-18`);
    await form.getByLabel('调休上班日期').fill(`${year}-01-02`);
    await form.getByRole('button', { name: `保存 ${year} 年安排` }).click();
    await form.getByRole('alert').filter({ hasText: `调休上班日期 ${year}-01-02：${year}-01-02 是工作日` }).waitFor();
    expect((await office.get(`/api/calendar/${year}`)).status).toBe(404);

    await form.getByLabel('调休上班日期').fill(`${year}-01-06`);
    await form.getByRole('button', { name: `保存 ${year} 年安排` }).click();
    await form.getByRole('status').filter({ hasText: `${year} 年节假日安排已保存` }).waitFor();
    await operator.locator(`td.holiday[data-date="${year}-02-14"]`).waitFor();
    await operator.locator(`td.make-up[data-date="${year}-01-06"]`).waitFor();
    const saved = (await office.get(`/api/calendar/${year}`)).body;
    expect(saved).toMatchObject({ holidays: [`${year}-01-01`, ...[12, 13, 14, 15, 16, 17, 18].map((day) => `${year}-02-${day}`)], makeUpWorkdays: [`${year}-01-06`], confirmed: false, updatedBy: expect.stringContaining('operator') });
    await operator.getByTestId('unconfirmed-years').filter({ hasText: String(year) }).waitFor();
    await capture(operator, 'working-day-calendar');
  });

  it('lets the administrator open an account, naming what it refuses, that its holder signs in with', async () => {
    const admin = await web.signIn(await web.newContext(), 'admin', '/users');
    await admin.locator('tr[data-username="office"] td[data-label="角色"]', { hasText: '项目办' }).waitFor();
    expect(await admin.locator('tr[data-username="officer-natural-resources"] td[data-label="所属"]').textContent()).toBe('自然资源局');

    await admin.getByRole('button', { name: '新建审批部门账号' }).click();
    const form = admin.getByRole('form', { name: '新建审批部门账号' });
    const password = await form.getByLabel('初始密码').inputValue();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await form.getByLabel('用户名').fill('Officer Zhang');
    await form.getByLabel('姓名或名称').fill('张伟（自然资源局）');
    await form.getByLabel('初始密码').fill('short');
    await form.getByRole('button', { name: '确认新建审批部门账号' }).click();
    const refusal = form.getByRole('alert');
    await refusal.filter({ hasText: '用户名：应为 2 至 63 位小写字母' }).waitFor();
    expect(await refusal.textContent()).toContain('密码：至少 10 个字符');
    await form.getByLabel('用户名').fill('officer-natural-resources');
    await form.getByLabel('初始密码').fill(password);
    await form.getByLabel('所属部门').selectOption({ label: '自然资源局' });
    await form.getByRole('button', { name: '确认新建审批部门账号' }).click();
    await refusal.filter({ hasText: '该用户名已有账号' }).waitFor();

    await form.getByLabel('用户名').fill('officer-zhang-web');
    await form.getByRole('button', { name: '确认新建审批部门账号' }).click();
    await admin.locator('tr[data-username="officer-zhang-web"] td[data-label="所属"]', { hasText: '自然资源局' }).waitFor();
    await capture(admin, 'accounts');

    // Its holder signs in with the password the page made, and lands in the department's inbox.
    const context = await web.newContext();
    const login = await web.open(context, '/');
    await login.getByLabel('用户名').fill('officer-zhang-web');
    await login.getByLabel('密码').fill(password);
    await login.getByRole('button', { name: '登录' }).click();
    await login.getByRole('heading', { name: '部门待办' }).waitFor();
    await context.close();
  });

  it('lets the office add a group robot, naming what it refuses, shows each alert posted to it, and disables it', async () => {
    const robot = await RobotReceiver.start();
    try {
      const page = officeDesk;
      await page.goto(`${app.baseUrl}/webhooks`);
      const before = (await office.get('/api/webhooks')).body.length;
      await page.getByRole('button', { name: '添加群机器人' }).click();
      const form = page.getByRole('form', { name: '添加群机器人' });
      await form.getByLabel('机器人名称').fill('项目办督办群（推送测试）');
      await form.getByLabel('类型').selectOption({ label: '企业微信' });
      await form.getByLabel('Webhook 地址').fill(robot.url.replace('http://', ''));
      await form.getByLabel(/加签密钥/).fill('SEC0123456789');
      await form.getByRole('button', { name: '确认添加群机器人' }).click();
      await form.getByRole('alert').filter({ hasText: 'Webhook 地址：应为 http:// 或 https:// 开头的网址' }).waitFor();
      await form.getByLabel('Webhook 地址').fill(robot.url);
      await form.getByRole('button', { name: '确认添加群机器人' }).click();
      await form.getByRole('alert').filter({ hasText: '加签密钥：只有钉钉机器人使用加签' }).waitFor();
      expect((await office.get('/api/webhooks')).body).toHaveLength(before);

      await form.getByLabel('类型').selectOption({ label: '钉钉' });
      await form.getByRole('button', { name: '确认添加群机器人' }).click();
      const panel = page.getByRole('region', { name: '项目办督办群（推送测试）' });
      await panel.getByTestId('robot-state').filter({ hasText: '启用中' }).waitFor();
      expect(await panel.locator('h2').textContent()).toContain('加签');
      // The token in the robot's address is what lets anyone post to the group: the page shows only its start.
      expect(await panel.textContent()).not.toContain('robot-token-0123');
      await panel.getByRole('button', { name: '发送测试消息' }).click();
      await panel.getByRole('status').filter({ hasText: '测试消息已送达' }).waitFor();
      expect(robot.posts.filter((post) => post.deliveryId.startsWith('test-')).map((post) => post.body.markdown.title)).toEqual(['【测试】重点项目攻坚管理平台']);

      // An alert raised from now on is posted to the group, and the page says when it arrived.
      const project = await fastProject('城南物流园（推送测试）');
      await panel.locator('tr[data-status="delivered"]', { hasText: '城南物流园（推送测试）' }).first().waitFor({ timeout: 30_000 });
      expect(robot.postsFor(project.code).length).toBeGreaterThanOrEqual(1);
      await capture(page, 'webhooks');

      await panel.getByRole('button', { name: '停用' }).click();
      await panel.getByTestId('robot-state').filter({ hasText: '已停用' }).waitFor();
      const stored = (await office.get('/api/webhooks')).body as { name: string; enabled: boolean }[];
      expect(stored.find((webhook) => webhook.name === '项目办督办群（推送测试）')?.enabled).toBe(false);
    } finally {
      await robot.stop();
    }
  });
});

/** Waits until the locator finds so many elements: a list narrowing as the API answers what was typed. */
async function countOf(locator: Locator, count: number): Promise<void> {
  await eventually(async () => {
    const found = await locator.count();
    if (found !== count) throw new Error(`${found} found`);
  }, `${count} of ${locator}`);
}

/** The office's registration form, filled in as for a new industrial project. */
async function fillRegistration(form: Locator, code: string): Promise<void> {
  await form.getByLabel('项目代码').fill(code);
  await form.getByLabel('项目名称').fill('城南智慧物流园（登记测试）');
  await form.getByLabel('乡镇/街道').selectOption({ label: '西河镇' });
  await form.getByLabel('阶段模板').selectOption({ label: '工业项目' });
  await form.getByLabel('总投资（万元）').fill('86000');
  await form.getByLabel('项目业主').selectOption({ label: '鑫能新能源有限公司' });
  await form.getByLabel('包抓县领导').selectOption({ label: '李明华' });
  await form.getByLabel('计划开工日期').fill('2026-12-01');
  await form.getByLabel('计划竣工日期').fill('2028-06-30');
}

/** A date some days from now, as a leader would type one ahead. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
