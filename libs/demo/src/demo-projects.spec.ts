import { portfolioFigures } from '@keystone/domain';
import { DEMO_PROJECTS, UNDER_CONSTRUCTION, demoAnnualPlan, demoInvestmentReports, demoPlannedDates } from './demo-projects';

const SEEDED = '2026-12';
const named = (name: string) => DEMO_PROJECTS.find((project) => project.name === name)!;
const built = (project: (typeof DEMO_PROJECTS)[number]) => project.reached === UNDER_CONSTRUCTION || project.reached >= 5;

describe('the demo county’s planned dates, counted from the month it is seeded', () => {
  it('plans the starts of projects still in approval after the seeding month, and those built before it', () => {
    for (const project of DEMO_PROJECTS) {
      const { plannedStart, plannedCompletion } = demoPlannedDates(project, SEEDED);
      expect(plannedCompletion > plannedStart).toBe(true);
      if (typeof project.reached === 'number' && project.reached < 4) expect(plannedStart > '2026-12-31').toBe(true);
      if (built(project)) expect(plannedStart < '2026-12-01').toBe(true);
    }
    expect(demoPlannedDates(named('县体育中心全民健身馆'), SEEDED)).toEqual({ plannedStart: '2025-04-01', plannedCompletion: '2026-09-30' });
  });

  it('names one project a month late (yellow) and one four months late (red) in the seeding month’s notice', () => {
    const projects = DEMO_PROJECTS.map((project) => ({
      projectCode: String(project.serial),
      projectName: project.name,
      leader: project.leader,
      ...demoPlannedDates(project, SEEDED),
      totalInvestment: project.totalInvestment,
      investedToDate: 0,
      annualPlan: null,
      investedThisYear: 0,
      started: built(project),
      completed: project.reached === 6,
    }));
    const { lateStarts } = portfolioFigures(projects, new Date('2026-12-31T16:00:00Z'));
    expect(lateStarts.map(({ projectName, monthsLate, light }) => [projectName, monthsLate, light])).toEqual([
      ['城东储能电站', 4, 'red'],
      ['县职业教育中心实训楼', 1, 'yellow'],
    ]);
  });
});

describe('the demo county’s investment reports', () => {
  it('reports every month from the planned start to the month being reported, within the total', () => {
    const project = named('东城街道邻里中心');
    const reports = demoInvestmentReports(project, SEEDED, '2026-11');
    expect(reports.map((report) => report.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(new Set(reports.map((report) => report.amount))).toEqual(new Set([240]));
    expect(reports.reduce((sum, report) => sum + report.amount, 0)).toBeLessThan(project.totalInvestment);
  });

  it('plans the seeding year’s investment for the months of works that fall in it', () => {
    // Works from 2026-04 to 2027-06: nine months of 2026 at 5,600 / 15 万元 a month.
    expect(demoAnnualPlan(named('县城供水管网改造'), SEEDED)).toBe(3360);
    // Works from 2025-04 to 2026-09: nine months of 2026 at 7,800 / 18.
    expect(demoAnnualPlan(named('县体育中心全民健身馆'), SEEDED)).toBe(3900);
    expect(demoAnnualPlan(named('城东新能源产业园'), SEEDED)).toBe(0);
  });

  it('reports nothing before a planned start still to come', () => {
    expect(demoInvestmentReports(named('北塬镇农副产品加工园'), SEEDED, '2026-12')).toEqual([]);
  });
});
