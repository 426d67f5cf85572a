import { beijingDate, beijingMonth, previousMonth, yearElapsedThrough } from '@keystone/domain';
import { recordScenario } from '../../worker/test/replay/recorded-histories';
import { writeFootprint } from './support/access-fixtures';
import { keystoneWithOffice } from './support/keystone-test-app';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

/** 月报制度 over HTTP: the owner reports each month's investment; the board, the project and the monthly notice show it. */
describe('monthly investment reports (月报)', () => {
  const keystone = keystoneWithOffice();
  const month = beijingMonth(new Date());
  const lastMonth = previousMonth(month);

  const owner = () => keystone.app.as('owner-county-investment-group');
  const report = async (code: string, body: Record<string, unknown>, as = owner()) => (await as).post(`/api/projects/${code}/investment-reports`, body);
  const reportedEvents = async (code: string) =>
    (await keystone.app.dataSource.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'InvestmentReported' ORDER BY stream_version`, [code])).map(
      (row: { data: unknown }) => row.data,
    );
  const boardRow = async (code: string) => (await keystone.office.get(`/api/projects?limit=1000`)).body.items.find((row: { code: string }) => row.code === code);

  it('records the owner’s report and its correction, and sums the months on the board', async () => {
    const { profile } = await registerProject(keystone.office, { township: 'nanshan' });
    const reported = await report(profile.code, { month, amount: 1200, note: '  主体结构施工  ' });
    expect(reported.status).toBe(200);
    expect(reported.body.investmentByMonth).toEqual({ [month]: 1200 });
    expect((await report(profile.code, { month, amount: 1500 })).status).toBe(200);
    expect((await report(profile.code, { month: lastMonth, amount: 300 }, keystone.app.as('office'))).status).toBe(200);
    expect(await reportedEvents(profile.code)).toEqual([
      expect.objectContaining({ month, amount: 1200, previousAmount: null, note: '主体结构施工' }),
      expect.objectContaining({ month, amount: 1500, previousAmount: 1200 }),
      expect.objectContaining({ month: lastMonth, amount: 300, previousAmount: null }),
    ]);
    expect(await boardRow(profile.code)).toMatchObject({ investmentCompleted: 1800, investmentReportedMonth: month });
    recordScenario(keystone.app.env.TEMPORAL_ADDRESS, profile.code, 'investment-reported');
  });

  it('counts the month’s reports by township in the monthly notice, with the projects that have not reported', async () => {
    const reporting = (await registerProject(keystone.office, { township: 'beiyuan' })).profile;
    const silent = (await registerProject(keystone.office, { township: 'beiyuan', name: '北塬镇物流园' })).profile;
    expect((await report(reporting.code, { month, amount: 860 })).status).toBe(200);
    const beiyuan = await eventually(async () => {
      const notice = (await keystone.office.get(`/api/notices/monthly?month=${month}`)).body;
      const township = notice.townships.find((candidate: { township: string }) => candidate.township === 'beiyuan');
      if (township.investmentReported !== 860) throw new Error(`reported ${township.investmentReported}`);
      return township;
    }, 'the report reaching the notice');
    expect(beiyuan).toMatchObject({ projects: 2, unreported: [{ projectCode: silent.code, projectName: '北塬镇物流园', ownerUnit: 'county-investment-group' }] });
  });

  it('lets the office set a year’s planned investment, and rates the year’s reports against the plans in the notice', async () => {
    const year = Number(month.slice(0, 4));
    const planned = (await registerProject(keystone.office, { township: 'xihe' })).profile;
    const other = (await registerProject(keystone.office, { township: 'xihe' })).profile;
    const unplanned = (await registerProject(keystone.office, { township: 'xihe' })).profile;
    const plan = (code: string, amount: unknown, as = keystone.office, planYear: unknown = year) => as.put(`/api/projects/${code}/annual-plans/${planYear}`, { amount, note: '县重点项目年度投资计划' });

    const set = await plan(planned.code, 1000);
    expect(set.status).toBe(200);
    expect(set.body.annualPlans).toEqual({ [year]: 1000 });
    expect((await plan(other.code, 3000)).status).toBe(200);
    // The same figure again records nothing; refusals name the field and record nothing either.
    const before = await writeFootprint(keystone.app.dataSource);
    expect((await plan(planned.code, 1000)).status).toBe(200);
    expect((await plan(planned.code, 100, await owner())).status).toBe(403);
    const tooMuch = await plan(planned.code, 52_001);
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.problems).toEqual([expect.objectContaining({ field: 'amount' })]);
    const badYear = await plan(planned.code, 100, keystone.office, 1999);
    expect(badYear.status).toBe(400);
    expect(badYear.body.problems).toEqual([expect.objectContaining({ field: 'year' })]);
    expect(await writeFootprint(keystone.app.dataSource)).toEqual(before);

    expect((await report(planned.code, { month, amount: 600 })).status).toBe(200);
    const portfolio = await eventually(async () => {
      const notice = (await keystone.office.get(`/api/notices/monthly?month=${month}`)).body;
      if (notice.portfolio.investedThisYear < 600) throw new Error(`invested ${notice.portfolio.investedThisYear}`);
      return { ...notice.portfolio, until: notice.until };
    }, 'the report reaching the notice');
    // Only projects with a plan for the year count: these two, 600 of 4,000 万元.
    expect(portfolio).toMatchObject({ annualPlan: 4000, investedThisYear: 600, annualRate: 0.15 });
    expect(portfolio.yearElapsed).toBeCloseTo(yearElapsedThrough(beijingDate(new Date(Date.parse(portfolio.until) - 1))));
    expect(portfolio.unplanned).toBeGreaterThan(0);

    // The year's sheet: every project under way, its plan or none yet, and what it reported in the year.
    const sheet = (await keystone.office.get(`/api/annual-plans?year=${year}`)).body;
    const rowOf = (code: string) => sheet.items.find((item: { projectCode: string }) => item.projectCode === code);
    expect(rowOf(planned.code)).toMatchObject({ plan: 1000, investedThisYear: 600, township: 'xihe', totalInvestment: 52000 });
    expect(rowOf(other.code)).toMatchObject({ plan: 3000, investedThisYear: 0 });
    expect(rowOf(unplanned.code)).toMatchObject({ plan: null });
    expect(sheet).toMatchObject({ year, plannedInvestment: 4000, investedThisYear: 600, planned: 2, projects: sheet.items.length });
    // An owner reads its own projects' plans only, and is refused another unit's.
    const owners = (await (await owner()).get(`/api/annual-plans?year=${year}`)).body;
    expect(owners.items.length).toBeGreaterThan(0);
    expect(new Set(owners.items.map((item: { ownerUnit: string }) => item.ownerUnit))).toEqual(new Set(['county-investment-group']));
    expect((await (await owner()).get(`/api/annual-plans?year=${year}&ownerUnit=xinneng-energy`)).status).toBe(403);
    expect((await (await keystone.app.as('officer-natural-resources')).get(`/api/annual-plans?year=${year}`)).status).toBe(403);
    const noYear = await keystone.office.get('/api/annual-plans');
    expect(noYear.status).toBe(400);
    expect(noYear.body.problems).toEqual([expect.objectContaining({ field: 'year' })]);
  });

  it.each([
    ['a month still to come', { month: '2999-01', amount: 10 }, 'month'],
    ['a month that is not one', { month: '2026-13', amount: 10 }, 'month'],
    ['a negative amount', { month, amount: -5 }, 'amount'],
    ['an amount in words', { month, amount: '一千万' }, 'amount'],
    ['an amount over the project’s whole total investment (元 typed as 万元)', { month, amount: 52_000 * 10_000 }, 'amount'],
  ])('refuses %s with 400 naming the field, and records nothing', async (_, body, field) => {
    const { profile } = await registerProject(keystone.office);
    const before = await writeFootprint(keystone.app.dataSource);
    const response = await report(profile.code, body);
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await writeFootprint(keystone.app.dataSource)).toEqual(before);
  });

  it('refuses another owner unit’s report and a department’s, and records nothing', async () => {
    const { profile } = await registerProject(keystone.office);
    const before = await writeFootprint(keystone.app.dataSource);
    const stranger = await report(profile.code, { month, amount: 10 }, keystone.app.as('owner-xinneng-energy'));
    expect(stranger.status).toBe(403);
    expect(stranger.body.message).toContain('owner');
    expect((await report(profile.code, { month, amount: 10 }, keystone.app.as(officerOf('natural-resources')))).status).toBe(403);
    expect(await writeFootprint(keystone.app.dataSource)).toEqual(before);
    expect(await reportedEvents(profile.code)).toEqual([]);
  });
});
