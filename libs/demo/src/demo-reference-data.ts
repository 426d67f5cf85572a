import { ProjectTemplate, STAGE_NAMES, StageKey, TaskTemplate, TimeLimit } from '@keystone/domain';

/** A demo county: its townships, departments, leaders and owner units (DOMAIN.md, "The people"). */
export const DEMO_TOWNSHIPS = [
  { code: 'chengguan', name: '城关镇' },
  { code: 'dongcheng', name: '东城街道' },
  { code: 'xihe', name: '西河镇' },
  { code: 'nanshan', name: '南山乡' },
  { code: 'beiyuan', name: '北塬镇' },
];

export const DEMO_DEPARTMENTS = [
  { code: 'development-reform', name: '发改局' },
  { code: 'natural-resources', name: '自然资源局' },
  { code: 'ecology-environment', name: '生态环境局' },
  { code: 'housing-construction', name: '住建局' },
  { code: 'emergency-management', name: '应急管理局' },
  { code: 'industry-it', name: '工信局' },
];

export const DEMO_LEADERS = [
  { code: 'leader-wang', name: '王建国', title: '常务副县长' },
  { code: 'leader-li', name: '李明华', title: '副县长' },
  { code: 'leader-zhang', name: '张志强', title: '副县长' },
  { code: 'leader-chen', name: '陈晓梅', title: '县委常委' },
];

export const DEMO_OWNER_UNITS = [
  { code: 'county-investment-group', name: '县城市建设投资集团' },
  { code: 'xinneng-energy', name: '鑫能新能源有限公司' },
  { code: 'county-education-bureau', name: '县教育局' },
  { code: 'huifeng-agri', name: '汇丰农业发展有限公司' },
];

const days = (workingDays: number): TimeLimit => ({ workingDays });

function task(key: string, name: string, department: string, statutory: number, promised: number): TaskTemplate {
  return { key, name, department, statutoryLimit: days(statutory), promisedLimit: days(promised) };
}

function stage(key: StageKey, limit: number, tasks: TaskTemplate[]) {
  return { stage: key, name: STAGE_NAMES[key], timeLimit: days(limit), tasks };
}

/** Statutory limits from 行政许可法 §42, 环评法 §22 and the permit rules; promised limits as counties publish them. */
const SITING = stage('siting', 10, [task('site-opinion', '建设项目选址意见书', 'natural-resources', 20, 5)]);
const LAND = stage('land-pre-review', 15, [task('land-pre-review', '建设项目用地预审', 'natural-resources', 20, 10)]);
const ENVIRONMENT = stage('environmental-assessment', 30, [
  task('eia', '环境影响评价审批', 'ecology-environment', 60, 30),
  task('energy-review', '节能审查', 'development-reform', 20, 10),
  task('safety-review', '安全预评价审查', 'emergency-management', 20, 10),
]);
const START = stage('construction-start', 10, [
  task('planning-permit', '建设工程规划许可证', 'natural-resources', 20, 2),
  task('construction-permit', '建筑工程施工许可证', 'housing-construction', 7, 3),
]);
/** 竣工 opens when the owner applies for acceptance, the works built: its 20 days do not run through construction. */
const COMPLETION = { ...stage('completion', 20, [task('acceptance', '竣工验收备案', 'housing-construction', 15, 5)]), ownerApplication: { name: '竣工验收申请' } };

const GENERAL_STAGES = [SITING, LAND, ENVIRONMENT, stage('approval', 10, [task('approval', '项目审批（核准、备案）', 'development-reform', 20, 5)]), START, COMPLETION];

/**
 * The general stages with 规划选址 limited to minutes, so a fresh demo shows the escalation ladder at work: yellow
 * four minutes after start, red at five, the second level at seven and a half.
 */
export const DEMO_LADDER_TEMPLATE_ID = 'demo-minutes';

export const DEMO_TEMPLATES: ProjectTemplate[] = [
  {
    id: 'default',
    name: '通用重点项目',
    projectType: 'general',
    stages: GENERAL_STAGES,
  },
  {
    id: DEMO_LADDER_TEMPLATE_ID,
    name: '演示时限（规划选址 5 分钟，演示预警督办）',
    projectType: 'general',
    stages: [{ ...SITING, timeLimit: { duration: 'PT5M' } }, ...GENERAL_STAGES.slice(1)],
  },
  {
    id: 'industrial',
    name: '工业项目',
    projectType: 'industrial',
    stages: [
      SITING,
      LAND,
      ENVIRONMENT,
      stage('approval', 10, [
        task('filing', '企业投资项目备案', 'development-reform', 20, 3),
        task('technical-upgrade', '技术改造项目备案', 'industry-it', 20, 5),
      ]),
      START,
      COMPLETION,
    ],
  },
];
