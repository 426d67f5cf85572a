import { beijingMonth, previousMonth, scheduleElapsed } from '@keystone/domain';
import { AsyncProjector } from '@keystone/event-store';
import { caughtUp } from '../../../libs/event-store/test/caught-up';
import { ApiClient } from './support/api-client';
import { KeystoneTestApp } from './support/keystone-test-app';
import { addFastTemplate, eventually, officerOf, registerProject } from './support/project-fixtures';

interface RankedUnit {
  rank: number;
  verdict: string;
  onTimeRate?: number;
}
type DepartmentLine = RankedUnit & { department: string; name: string; handled: number; handledLate: number; overdue: { taskId: string; leader: string; workingDaysOver: number }[] };
type TownshipLine = RankedUnit & { township: string; projects: number; stagesClosed: number; redProjects: { projectCode: string; leader: string }[] };

/**
 * The monthly notice over a month of real work on one stack: projects decided on time, late and not at all,
 * stages that went red and stages that closed, each landing on the department or township it belongs to.
 */
describe('the monthly notice (月度通报)', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  const officers = new Map<string, ApiClient>();
  const scenario = { late: '', stalled: '' };
  const month = beijingMonth(new Date());

  type Project = { code: string; currentStage: string; tasks: { id: string; stage: string; department: string; status: string }[] };

  const approve = async (taskId: string, department: string): Promise<Project> => {
    if (!officers.has(department)) officers.set(department, await app.as(officerOf(department)));
    const response = await officers.get(department)!.post(`/api/tasks/${taskId}/decision`, { decision: 'approve' });
    if (response.status !== 200) throw new Error(`approve ${taskId}: ${JSON.stringify(response.body)}`);
    return response.body.project;
  };

  const redAlertOn = (code: string) =>
    eventually(async () => {
      const alerts = (await office.get(`/api/alerts?projectCode=${code}&recipient=&level=red`)).body.items;
      if (alerts.length === 0) throw new Error('no red alert yet');
    }, `project ${code} going red`);

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    office = await app.as('office');
    await addFastTemplate(office, 'notice-2s', 'PT2S');
    const fast = { templateId: 'notice-2s', projectType: 'notice-2s' };

    // Its siting stage goes red, then natural-resources approves: one late decision, a red project, a stage closed.
    const late = (await registerProject(office, { ...fast, township: 'nanshan', leader: 'leader-zhang' })).project;
    // Goes red and stays with natural-resources: an overdue task, a red project.
    const stalled = (await registerProject(office, { ...fast, township: 'xihe', leader: 'leader-li' })).project;
    await Promise.all([redAlertOn(late.code), redAlertOn(stalled.code)]);
    await approve(late.tasks[0].id, 'natural-resources');

    // Decided on time through two stages, and two departments' first tasks of the third.
    let onTime: Project = (await registerProject(office, { township: 'beiyuan' })).project;
    while (onTime.currentStage !== 'environmental-assessment') {
      for (const task of onTime.tasks.filter((candidate) => candidate.stage === onTime.currentStage && candidate.status === 'pending')) {
        onTime = await approve(task.id, task.department);
      }
    }
    for (const department of ['ecology-environment', 'development-reform']) {
      const task = onTime.tasks.find((candidate) => candidate.stage === 'environmental-assessment' && candidate.department === department)!;
      onTime = await approve(task.id, department);
    }
    Object.assign(scenario, { late: late.code, stalled: stalled.code });
    // Stages closed come from an asynchronous read model (stage durations): the notice reads it once it has caught up.
    await caughtUp(app.inWorker(AsyncProjector));
  });

  afterAll(() => app?.stop());

  const notice = async (client: ApiClient, query = `?month=${month}`) => {
    const response = await client.get(`/api/notices/monthly${query}`);
    expect(response.status).toBe(200);
    return response.body as { period: string; inProgress: boolean; departments: DepartmentLine[]; townships: TownshipLine[] };
  };
  const line = <T extends { rank: number; verdict: string }>(unit: T) => [unit.rank, unit.verdict];

  it('praises the departments that decided everything on time and names the one with late and overdue tasks', async () => {
    const { departments, inProgress } = await notice(office);
    expect(inProgress).toBe(true);
    const byCode = Object.fromEntries(departments.map((department) => [department.department, department]));
    expect(departments.map((department) => department.department).sort()).toEqual(
      ['development-reform', 'ecology-environment', 'emergency-management', 'housing-construction', 'industry-it', 'natural-resources'],
    );
    expect(line(byCode['ecology-environment'])).toEqual([1, 'praised']);
    // 环境影响评价审批 is promised in 30 working days and was decided the day it came.
    expect(byCode['ecology-environment']).toMatchObject({ handled: 1, averageDays: 0, averageLimit: 30 });
    expect(line(byCode['development-reform'])).toEqual([1, 'praised']);
    expect(byCode['natural-resources']).toEqual(expect.objectContaining({ name: '自然资源局', rank: 3, verdict: 'summoned', handled: 3, handledLate: 1, onTimeRate: 0.5 }));
    expect(byCode['natural-resources'].overdue).toEqual([expect.objectContaining({ taskId: `${scenario.stalled}.siting.main`, leader: 'leader-li', workingDaysOver: 0 })]);
    for (const idle of ['emergency-management', 'housing-construction', 'industry-it']) expect(line(byCode[idle])).toEqual([4, 'none']);
  });

  it('ranks townships by their red projects, naming each with its leader, and praises the one that closed stages without any', async () => {
    const { townships } = await notice(await app.as('leader-wang'));
    const byCode = Object.fromEntries(townships.map((township) => [township.township, township]));
    expect(byCode.beiyuan).toEqual(expect.objectContaining({ rank: 1, verdict: 'praised', projects: 1, stagesClosed: 2, redProjects: [] }));
    expect(byCode.nanshan).toEqual(expect.objectContaining({ rank: 2, verdict: 'named', stagesClosed: 1 }));
    expect(byCode.nanshan.redProjects).toEqual([expect.objectContaining({ projectCode: scenario.late, leader: 'leader-zhang' })]);
    expect(byCode.xihe).toEqual(expect.objectContaining({ rank: 3, verdict: 'summoned', stagesClosed: 0 }));
    expect(byCode.xihe.redProjects).toEqual([expect.objectContaining({ projectCode: scenario.stalled, leader: 'leader-li' })]);
    expect([byCode.chengguan, byCode.dongcheng].map(line)).toEqual([[4, 'none'], [4, 'none']]);
  });

  it('sums the county: 开工率 and 竣工率 among projects due, investment against 序时进度 with its light, 督办 by leader', async () => {
    const { portfolio, leaders, until } = (await notice(office)) as unknown as { portfolio: Record<string, unknown>; leaders: { leader: string; red: number }[]; until: string };
    // Three projects under way, all planned to start 2026-03-01 and none past 开工; none due to complete; nothing reported.
    expect(portfolio).toMatchObject({ projects: 3, startsDue: 3, started: 0, startRate: 0, completionsDue: 0, investedToDate: 0, investmentRate: 0 });
    expect(portfolio.completionRate).toBeUndefined();
    // Planned to start on 2026-03-01 and none past 开工: more than three months late, red, all three named.
    expect((portfolio.lateStarts as { light: string }[]).map((late) => late.light)).toEqual(['red', 'red', 'red']);
    expect(portfolio.scheduledRate).toBeCloseTo(scheduleElapsed('2026-03-01', '2027-12-31', new Date(until)));
    // From November 2026 on, over 40% of those schedules has elapsed with nothing reported: more than 30 points behind.
    expect(portfolio.investmentLight).toBe('red');
    const red = Object.fromEntries(leaders.map((leader) => [leader.leader, leader.red]));
    expect(red).toEqual({ 'leader-wang': 0, 'leader-li': 1, 'leader-zhang': 1, 'leader-chen': 0 });
  });

  it('reports the month before as it was: nothing had happened yet', async () => {
    const previous = previousMonth(month);
    const { departments, townships, inProgress } = await notice(office, `?month=${previous}`);
    expect(inProgress).toBe(false);
    expect(departments.every((department) => department.handled === 0 && department.overdue.length === 0 && department.verdict === 'none')).toBe(true);
    expect(townships.every((township) => township.projects === 0 && township.redProjects.length === 0 && township.verdict === 'none')).toBe(true);
  });

  it('is read by department officers too, and not by owners', async () => {
    expect((await notice(await app.as(officerOf('natural-resources')))).period).toBe(month);
    expect((await (await app.as('owner-county-investment-group')).get('/api/notices/monthly')).status).toBe(403);
  });

  it('gives the quarter, half-year and year the same figures summed over their months', async () => {
    const [year, monthOfYear] = month.split('-').map(Number);
    const quarter = `${year}-Q${Math.ceil(monthOfYear / 3)}`;
    for (const period of [quarter, `${year}-H${monthOfYear <= 6 ? 1 : 2}`, String(year)]) {
      const response = await office.get(`/api/notices?period=${period}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ period, latestMonth: month, inProgress: true });
      const byCode = Object.fromEntries(response.body.departments.map((department: DepartmentLine) => [department.department, department]));
      // Everything in this stack happened this month, so every longer period holds exactly the month's record.
      expect(byCode['natural-resources']).toMatchObject({ verdict: 'summoned', handled: 3, handledLate: 1 });
    }
    const refused = await office.get('/api/notices?period=2026-Q5');
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ field: 'period' })]);
  });

  it.each([
    ['2026-13', 'YYYY-MM'],
    ['11-2026', 'YYYY-MM'],
    ['2999-01', 'after the current month'],
  ])('refuses month=%s with 400 naming the field', async (value, reason) => {
    const response = await office.get(`/api/notices/monthly?month=${value}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('month');
    expect(JSON.stringify(response.body)).toContain(reason);
  });
});
