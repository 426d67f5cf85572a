import { lastDateOfMonth, monthsAfter } from '@keystone/domain';
import { DEMO_LADDER_TEMPLATE_ID } from './demo-reference-data';

/** 开工 done and the works being built: 竣工 waits for the owner's 竣工验收申请. */
export const UNDER_CONSTRUCTION = 'under-construction';

/**
 * About twenty demo projects and how far each has come: the stage index it stands in (6 = completed), or under
 * construction. Their planned dates are counted in months from the month the demo is seeded, so a demo seeded on any
 * day reads like a county's portfolio: those still in approval plan to break ground in the months ahead, three in
 * 开工 are due, a month late (yellow) and four months late (red), and those built finished on time.
 */
export interface DemoProject {
  serial: number;
  name: string;
  township: string;
  templateId: 'default' | 'industrial' | typeof DEMO_LADDER_TEMPLATE_ID;
  totalInvestment: number;
  ownerUnit: string;
  leader: string;
  /** Months from the seeding month to the planned start (计划开工, the 1st of that month); negative: in the past. */
  startsIn: number;
  /** Months of works: the planned completion is the last day of the month this many months after the start's. */
  buildMonths: number;
  reached: number | typeof UNDER_CONSTRUCTION;
}

type Row = [string, string, DemoProject['templateId'], number, string, string, DemoProject['reached'], number, number];

const rows: Row[] = [
  ['城东新能源产业园', 'dongcheng', 'industrial', 52000, 'xinneng-energy', 'leader-wang', 0, 9, 24],
  ['县第二实验小学', 'chengguan', 'default', 8600, 'county-education-bureau', 'leader-li', 0, 8, 18],
  ['西河镇农产品冷链物流中心', 'xihe', 'industrial', 12500, 'huifeng-agri', 'leader-zhang', 0, 10, 14],
  ['南山乡乡村振兴示范片区', 'nanshan', 'default', 6800, 'county-investment-group', 'leader-chen', 1, 7, 20],
  ['北塬镇光伏发电项目', 'beiyuan', 'industrial', 36000, 'xinneng-energy', 'leader-wang', 1, 6, 12],
  ['城关镇老旧小区改造', 'chengguan', 'default', 9400, 'county-investment-group', 'leader-li', 1, 7, 10],
  ['东城街道智慧停车场', 'dongcheng', 'default', 4200, 'county-investment-group', 'leader-zhang', 2, 5, 8],
  ['县人民医院门诊综合楼', 'chengguan', 'default', 28000, 'county-investment-group', 'leader-chen', 2, 4, 26],
  ['西河镇高标准农田建设', 'xihe', 'default', 7300, 'huifeng-agri', 'leader-wang', 2, 5, 9],
  ['新型建材生产线技改', 'beiyuan', 'industrial', 15800, 'xinneng-energy', 'leader-li', 3, 3, 12],
  ['县城污水处理厂提标改造', 'dongcheng', 'default', 11200, 'county-investment-group', 'leader-zhang', 3, 2, 15],
  ['南山乡文旅康养小镇', 'nanshan', 'default', 45000, 'county-investment-group', 'leader-chen', 3, 3, 30],
  ['城东储能电站', 'dongcheng', 'industrial', 24000, 'xinneng-energy', 'leader-wang', 4, -4, 16],
  ['县职业教育中心实训楼', 'chengguan', 'default', 6500, 'county-education-bureau', 'leader-li', 4, -1, 14],
  ['北塬镇农副产品加工园', 'beiyuan', 'industrial', 18800, 'huifeng-agri', 'leader-zhang', 4, 1, 15],
  ['县城供水管网改造', 'xihe', 'default', 5600, 'county-investment-group', 'leader-chen', UNDER_CONSTRUCTION, -8, 14],
  ['东城街道邻里中心', 'dongcheng', 'default', 3900, 'county-investment-group', 'leader-wang', UNDER_CONSTRUCTION, -5, 12],
  ['电子元器件产业园一期', 'chengguan', 'industrial', 62000, 'xinneng-energy', 'leader-li', 5, -18, 18],
  ['县体育中心全民健身馆', 'chengguan', 'default', 7800, 'county-investment-group', 'leader-zhang', 6, -20, 17],
  ['西河镇美丽乡村连片整治', 'xihe', 'default', 3200, 'huifeng-agri', 'leader-chen', 6, -14, 12],
  // On the minutes template: their leaders' inboxes and the board turn yellow, red and second-level as the demo runs.
  ['北塬镇物流集散中心', 'beiyuan', DEMO_LADDER_TEMPLATE_ID, 9800, 'county-investment-group', 'leader-zhang', 0, 9, 12],
  ['南山乡污水管网延伸工程', 'nanshan', DEMO_LADDER_TEMPLATE_ID, 4600, 'county-investment-group', 'leader-chen', 0, 8, 10],
];

export const DEMO_PROJECTS: DemoProject[] = rows.map(([name, township, templateId, totalInvestment, ownerUnit, leader, reached, startsIn, buildMonths], index) => ({
  serial: index + 1,
  name,
  township,
  templateId,
  totalInvestment,
  ownerUnit,
  leader,
  startsIn,
  buildMonths,
  reached,
}));

/** A demo project's 计划开工 and 计划竣工, for a demo seeded in `seedingMonth` (YYYY-MM). */
export function demoPlannedDates(project: DemoProject, seedingMonth: string): { plannedStart: string; plannedCompletion: string } {
  const startMonth = monthsAfter(seedingMonth, project.startsIn);
  return { plannedStart: `${startMonth}-01`, plannedCompletion: lastDateOfMonth(monthsAfter(startMonth, project.buildMonths)) };
}

/** A demo project's planned investment per month of works: its total spread evenly over them. */
function monthlyInvestment(project: DemoProject): number {
  return project.totalInvestment / (project.buildMonths + 1);
}

/** The seeding year's 年度计划投资: a month's share for each month of works that falls in the year (0 before they start). */
export function demoAnnualPlan(project: DemoProject, seedingMonth: string): number {
  const start = monthsAfter(seedingMonth, project.startsIn);
  const end = monthsAfter(start, project.buildMonths);
  const year = seedingMonth.slice(0, 4);
  const from = start > `${year}-01` ? start : `${year}-01`;
  const through = end < `${year}-12` ? end : `${year}-12`;
  let months = 0;
  for (let month = from; month <= through; month = monthsAfter(month, 1)) months += 1;
  return Math.round(monthlyInvestment(project) * months);
}

/** Demo owners report at four fifths of their planned pace: behind 序时进度, as most are, but not far enough to be named. */
const REPORTED_PACE = 0.8;

/**
 * The monthly investment reports a demo project has made by `reportingMonth`: one for every month from its planned
 * start, each a share of its total spread evenly over its months of works.
 */
export function demoInvestmentReports(project: DemoProject, seedingMonth: string, reportingMonth: string): { month: string; amount: number }[] {
  const amount = Math.round(monthlyInvestment(project) * REPORTED_PACE);
  const reports: { month: string; amount: number }[] = [];
  for (let month = monthsAfter(seedingMonth, project.startsIn); month <= reportingMonth; month = monthsAfter(month, 1)) reports.push({ month, amount });
  return reports;
}

/** Demo codes follow the national form; region 341521 and a serial make each unique. */
export function demoProjectCode(serial: number): string {
  return `2026-341521-48-01-${String(serial).padStart(6, '0')}`;
}
