import { DEMO_LADDER_TEMPLATE_ID } from './demo-reference-data';

/** 开工 done and the works being built: 竣工 waits for the owner's 竣工验收申请. */
export const UNDER_CONSTRUCTION = 'under-construction';

/**
 * About twenty demo projects and how far each has come: the stage index it stands in (6 = completed), or under
 * construction.
 */
export interface DemoProject {
  serial: number;
  name: string;
  township: string;
  templateId: 'default' | 'industrial' | typeof DEMO_LADDER_TEMPLATE_ID;
  totalInvestment: number;
  ownerUnit: string;
  leader: string;
  plannedStart: string;
  plannedCompletion: string;
  reached: number | typeof UNDER_CONSTRUCTION;
}

const rows: [string, string, DemoProject['templateId'], number, string, string, DemoProject['reached']][] = [
  ['城东新能源产业园', 'dongcheng', 'industrial', 52000, 'xinneng-energy', 'leader-wang', 0],
  ['县第二实验小学', 'chengguan', 'default', 8600, 'county-education-bureau', 'leader-li', 0],
  ['西河镇农产品冷链物流中心', 'xihe', 'industrial', 12500, 'huifeng-agri', 'leader-zhang', 0],
  ['南山乡乡村振兴示范片区', 'nanshan', 'default', 6800, 'county-investment-group', 'leader-chen', 1],
  ['北塬镇光伏发电项目', 'beiyuan', 'industrial', 36000, 'xinneng-energy', 'leader-wang', 1],
  ['城关镇老旧小区改造', 'chengguan', 'default', 9400, 'county-investment-group', 'leader-li', 1],
  ['东城街道智慧停车场', 'dongcheng', 'default', 4200, 'county-investment-group', 'leader-zhang', 2],
  ['县人民医院门诊综合楼', 'chengguan', 'default', 28000, 'county-investment-group', 'leader-chen', 2],
  ['西河镇高标准农田建设', 'xihe', 'default', 7300, 'huifeng-agri', 'leader-wang', 2],
  ['新型建材生产线技改', 'beiyuan', 'industrial', 15800, 'xinneng-energy', 'leader-li', 3],
  ['县城污水处理厂提标改造', 'dongcheng', 'default', 11200, 'county-investment-group', 'leader-zhang', 3],
  ['南山乡文旅康养小镇', 'nanshan', 'default', 45000, 'county-investment-group', 'leader-chen', 3],
  ['城东储能电站', 'dongcheng', 'industrial', 24000, 'xinneng-energy', 'leader-wang', 4],
  ['县职业教育中心实训楼', 'chengguan', 'default', 6500, 'county-education-bureau', 'leader-li', 4],
  ['北塬镇农副产品加工园', 'beiyuan', 'industrial', 18800, 'huifeng-agri', 'leader-zhang', 4],
  ['县城供水管网改造', 'xihe', 'default', 5600, 'county-investment-group', 'leader-chen', UNDER_CONSTRUCTION],
  ['东城街道邻里中心', 'dongcheng', 'default', 3900, 'county-investment-group', 'leader-wang', UNDER_CONSTRUCTION],
  ['电子元器件产业园一期', 'chengguan', 'industrial', 62000, 'xinneng-energy', 'leader-li', 5],
  ['县体育中心全民健身馆', 'chengguan', 'default', 7800, 'county-investment-group', 'leader-zhang', 6],
  ['西河镇美丽乡村连片整治', 'xihe', 'default', 3200, 'huifeng-agri', 'leader-chen', 6],
  // On the minutes template: their leaders' inboxes and the board turn yellow, red and second-level as the demo runs.
  ['北塬镇物流集散中心', 'beiyuan', DEMO_LADDER_TEMPLATE_ID, 9800, 'county-investment-group', 'leader-zhang', 0],
  ['南山乡污水管网延伸工程', 'nanshan', DEMO_LADDER_TEMPLATE_ID, 4600, 'county-investment-group', 'leader-chen', 0],
];

export const DEMO_PROJECTS: DemoProject[] = rows.map(([name, township, templateId, totalInvestment, ownerUnit, leader, reached], index) => ({
  serial: index + 1,
  name,
  township,
  templateId,
  totalInvestment,
  ownerUnit,
  leader,
  plannedStart: `2026-${String((index % 9) + 3).padStart(2, '0')}-01`,
  plannedCompletion: `${2027 + (index % 3)}-12-31`,
  reached,
}));

/** Demo codes follow the national form; region 341521 and a serial make each unique. */
export function demoProjectCode(serial: number): string {
  return `2026-341521-48-01-${String(serial).padStart(6, '0')}`;
}
