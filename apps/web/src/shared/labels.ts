import { LIGHT_NAMES, PROJECT_STATUS_NAMES, STAGE_KEYS, STAGE_NAMES, StageKey, isStageKey } from '@keystone/domain';
import type { AlertLevel, Light, NoticeVerdict, Role, TaskStatus } from '../api/api.types';

/** The words of DOMAIN.md for the codes the API speaks. */

export const STAGES: { key: StageKey; name: string }[] = STAGE_KEYS.map((key) => ({ key, name: STAGE_NAMES[key] }));

export const stageName = (key: string | null | undefined): string => (isStageKey(key) ? STAGE_NAMES[key] : (key ?? ''));

export const LIGHTS: Record<Light, { name: string; meaning: string }> = {
  green: { name: LIGHT_NAMES.green, meaning: '按期推进' },
  yellow: { name: LIGHT_NAMES.yellow, meaning: '预警：临近办理时限' },
  red: { name: LIGHT_NAMES.red, meaning: '超期：已超过办理时限' },
};

export const PROJECT_STATUS: Record<string, string> = PROJECT_STATUS_NAMES;

export const TASK_STATUS: Record<TaskStatus, string> = { pending: '待办理', returned: '退回补正中', approved: '已通过', refused: '不予许可' };

export const ALERT_LEVELS: Record<AlertLevel, string> = { yellow: '黄色预警', red: '红色督办', 'second-level': '二级督办·集体协调' };

export const ALERT_STATUS: Record<string, string> = { open: '待处理', acknowledged: '已确认', resolved: '已解除（事项已办结）' };

export const ROLES: Record<Role, string> = {
  office: '项目办',
  'department-officer': '审批部门',
  'county-leader': '包抓县领导',
  owner: '项目业主',
  operator: '运维',
  admin: '系统管理员',
};

/** 一月一通报: the first are praised, those behind named, the last summoned. */
export const NOTICE_VERDICTS: Record<NoticeVerdict, string> = { praised: '通报表扬', named: '点名通报', summoned: '约谈', none: '' };

export const SPECIAL_PROCEDURES: Record<string, string> = { 'expert-review': '专家评审', hearing: '听证', publicity: '公示' };

/** Field names in the API's refusals, as the forms label them. */
const FIELDS: Record<string, string> = {
  comment: '意见/理由',
  reason: '理由',
  workingDays: '延期工作日数',
  text: '批示内容',
  taskId: '办件',
  department: '承接部门',
  expectedEnd: '预计恢复日期',
  description: '问题描述',
  responsibleUnit: '责任单位',
  rectificationDeadline: '整改期限',
  note: '说明',
  username: '用户名',
  password: '密码',
  code: '项目代码',
  name: '项目名称',
  township: '乡镇/街道',
  templateId: '阶段模板',
  projectType: '项目类型',
  totalInvestment: '总投资',
  ownerUnit: '项目业主',
  leader: '包抓县领导',
  plannedStart: '计划开工日期',
  plannedCompletion: '计划竣工日期',
  alertId: '督办事项',
  problemId: '问题',
  month: '月份',
  period: '通报周期',
  amount: '当月完成投资',
  id: '模板编号',
  year: '年份',
  holidays: '放假日期',
  makeUpWorkdays: '调休上班日期',
  source: '依据',
  confirmed: '确认',
  displayName: '姓名或名称',
  role: '角色',
};

const TEMPLATE_FIELD = /^stages\[(\d+)\]\.(?:tasks\[(\d+)\]\.)?(timeLimit|ownerApplication|promisedLimit|statutoryLimit|tasks|name|department|key)\b/;
const TEMPLATE_PARTS: Record<string, string> = {
  timeLimit: '办理时限',
  ownerApplication: '业主申请名称',
  promisedLimit: '承诺时限',
  statutoryLimit: '法定时限',
  tasks: '办件',
  name: '名称',
  department: '承办部门',
  key: '编号',
};

/** A field the API names, as the form labels it: a template's are paths into its stages and tasks. */
export function fieldLabel(field: string): string {
  if (FIELDS[field]) return FIELDS[field];
  const [, stage, task, part] = TEMPLATE_FIELD.exec(field) ?? [];
  if (!part) return field;
  const key = STAGE_KEYS[Number(stage)];
  return [key ? STAGE_NAMES[key] : `第 ${Number(stage) + 1} 阶段`, task !== undefined && `第 ${Number(task) + 1} 项办件`, TEMPLATE_PARTS[part]].filter(Boolean).join(' · ');
}

/** The API's most common reasons, as the person at the form reads them; any other reason is shown as given. */
const REASONS: Record<string, string> = {
  'should not be empty': '不能为空',
  'must not be empty or only spaces': '不能为空或只有空格',
  'is required': '必须填写',
  'must be a date YYYY-MM-DD': '应为日期，格式 YYYY-MM-DD',
  'must be a real calendar date': '应为有效日期',
  'must be a 24-character project code YYYY-RRRRRR-DD-TT-NNNNNN (digits)': '应为 24 位投资项目统一代码 YYYY-RRRRRR-DD-TT-NNNNNN（数字）',
  'must be more than 0 (万元)': '应大于 0（万元）',
  'must be 0 or more (万元)': '不能为负数（万元）',
  'must be a whole number of working days from 1 to 60': '应为 1 至 60 之间的整数个工作日',
  'a reason is required to return a task': '退回补正须写明理由',
  'a reason is required to refuse a task': '不予许可须写明理由',
  'must not be before today (China time)': '不能早于今天',
  'must be a month as YYYY-MM, e.g. 2026-11': '应为月份，格式 YYYY-MM',
  'must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY': '应为月份 YYYY-MM、季度 YYYY-Qn、半年 YYYY-Hn 或年度 YYYY',
  'must not be after the current month (China time)': '不能晚于本月',
  'must be a positive whole number of working days': '应为正整数个工作日',
  'must be a non-empty string': '不能为空',
  'the first stage opens on registration and cannot wait for an application': '第一阶段随项目登记开始，不能设为业主申请后开始',
  'no stage of the project is waiting for an application': '该项目没有等待申请的阶段，可能已经提交',
  'only the project owner or the office applies for a stage': '只有项目业主或项目办可以提交申请',
  'must be lowercase letters, digits and hyphens': '只能使用小写字母、数字和连字符',
  'must list at least one date': '至少填写一天',
  'must list at least one task': '至少要有一项办件',
  'must be a date written YYYY-MM-DD': '应为日期，格式 YYYY-MM-DD',
  'must be an http(s) URL': '应为 http:// 或 https:// 开头的网址',
  'must be 2 to 63 lowercase letters, digits, dots, hyphens or underscores': '应为 2 至 63 位小写字母、数字、点、连字符或下划线',
  'only DingTalk robots sign their messages; leave it out': '只有钉钉机器人使用加签，企业微信机器人请留空',
};

const taskStatusWord = (status: string) => TASK_STATUS[status as TaskStatus] ?? status;

/** Refusals that name the thing they are about, matched by their wording, mostly what changed since the page was loaded. */
const REASON_PATTERNS: [RegExp, (...parts: string[]) => string][] = [
  [/^project \S+ is already registered$/, () => '该项目代码已登记'],
  [/^template \S+ already exists$/, () => '该模板编号已存在'],
  [/^task \S+ is (\w+), not (\w+)$/, (now, expected) => `该办件现为「${taskStatusWord(now)}」，不是「${taskStatusWord(expected)}」，可能已由他人办理，请刷新后查看`],
  [/^(?:project \S+ is|project is) (completed|refused)(?:;.*)?$/, (status) => `项目${PROJECT_STATUS[status]}，不能再办理`],
  [/^task \S+ belongs to department (\S+)$/, () => '该办件属于其他部门'],
  [/^only the assigned county leader \S+ or the office may act on this project$/, () => '只有该项目的包抓县领导或项目办可以办理'],
  [/^only the project owner or the office reports its investment$/, () => '只有项目业主或项目办可以填报投资月报'],
  [/^only the project owner or the office may resubmit corrected materials$/, () => '只有项目业主或项目办可以提交补正'],
  [/^alert \S+ is already acknowledged$/, () => '该督办已确认'],
  [/^problem \S+ is already closed$/, () => '该问题已销号'],
  [/^project is already suspended$/, () => '项目已在暂停中'],
  [/^project is not suspended$/, () => '项目未暂停'],
  [/^the task of this alert is no longer open$/, () => '该督办对应的办件已办结'],
  [/^project \S+ did not confirm the request in time/, () => '系统未能及时确认，办理结果可能稍后生效，请稍后刷新查看'],
  [/^the notice of \S+ was issued at \S+ by (\S+)$/, (by) => `本期通报已由 ${by} 印发`],
  [/^\S+ has not ended: a notice is issued once its period has$/, () => '本期尚未结束，期满后才能印发'],
  [/^reports of \S+ are due by the end of (\S+); they are chased after that$/, (dueDate) => `月报 ${dueDate} 截止，截止后才能催报`],
  [/^reports of \S+ were chased today at \S+ by (\S+)$/, (by) => `今天已由 ${by} 催报，请勿重复催报`],
  [/^nothing to chase: /, () => '没有逾期未报的项目'],
  [/^must be at most (\S+) 万元: is it in 元\?$/, (most) => `不能超过 ${most} 万元，请确认单位为万元`],
  [/^must not be more than the project's total investment of (\S+) 万元$/, (total) => `不能超过项目总投资 ${total} 万元（请确认单位为万元）`],
  [/^must be a date in (\d{4})$/, (year) => `应为 ${year} 年内的日期`],
  [/^repeats (\S+)$/, (date) => `${date} 重复列出`],
  [/^(\S+) is also listed as a holiday$/, (date) => `${date} 同时列为放假日期`],
  [/^(\S+) is a weekday, which is a working day anyway$/, (date) => `${date} 是工作日，本来就上班，无须列为调休上班`],
  [/^must be at most (\d+) characters$/, (most) => `不能超过 ${most} 个字`],
  [/^must be longer than or equal to (\d+) characters$/, (least) => `至少 ${least} 个字符`],
  [/^must be shorter than or equal to (\d+) characters$/, (most) => `不能超过 ${most} 个字符`],
  [/^username \S+ is taken$/, () => '该用户名已有账号'],
  [/^must be one of the following values: /, () => '请从列表中选择'],
  [/^unknown \w+ "[^"]*"$/, () => '不存在，请从列表中选择'],
];

export function readableReason(reason: string): string {
  if (REASONS[reason]) return REASONS[reason];
  for (const [pattern, words] of REASON_PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return words(...match.slice(1));
  }
  return reason;
}
