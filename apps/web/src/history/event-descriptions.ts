import type { ReferenceNames } from '../reference/reference-names.context';
import { ALERT_LEVELS, SPECIAL_PROCEDURES, stageName } from '../shared/labels';
import { formatDeadline } from '../shared/time-format';
import { formatWan } from '../shared/amount-format';

// Event data as the store keeps it (libs/domain project-events.ts); read loosely, as history may hold older shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Describe = (data: Data, names: ReferenceNames) => string;

const DECISIONS: Record<string, string> = { approved: '通过', returned: '退回补正', refused: '不予许可' };

const because = (text: string | undefined) => (text ? `：${text}` : '');

/** One line in Chinese per domain event type; a type this page does not know falls back to the API's summary. */
const DESCRIPTIONS: Record<string, Describe> = {
  ProjectRegistered: ({ profile }, names) => `项目登记：${profile.name}，${names.township(profile.township)}，包抓县领导 ${names.leader(profile.leader)}`,
  StageOpened: ({ stage, deadline }) => `${stageName(stage)}阶段开始，限办 ${formatDeadline(deadline.dueAt)}`,
  TaskAssigned: ({ name, department }, names) => `${name}交${names.department(department)}办理`,
  TaskDecided: ({ department, decision, comment }, names) => `${names.department(department)}${DECISIONS[decision] ?? decision}${because(comment)}`,
  TaskResubmitted: ({ department, comment }, names) => `项目业主补正后重新报送${names.department(department)}${because(comment)}`,
  StageClosed: ({ stage }) => `${stageName(stage)}阶段办结`,
  OwnerApplicationAwaited: ({ stage, application }) => `工程在建，${stageName(stage)}阶段待项目业主提交${application}后开始（其间不计时）`,
  OwnerApplicationSubmitted: ({ stage, application, note }) => `项目业主提交${application}，${stageName(stage)}阶段开始${because(note)}`,
  AnnualInvestmentPlanned: ({ year, amount, previousAmount, note }) =>
    `设定 ${year} 年计划投资 ${formatWan(amount)}${previousAmount === null || previousAmount === undefined ? '' : `（原计划 ${formatWan(previousAmount)}）`}${because(note)}`,
  TemplateRevisionAdopted: ({ templateName, stages }) => `${stages.map((stage: { stage: string }) => stageName(stage.stage)).join('、')}阶段改按「${templateName}」现行版本办理`,
  ProjectCompleted: () => '项目竣工，六个阶段全部办结',
  ProjectRefused: ({ department, reason }, names) => `${names.department(department)}不予许可，项目终止${because(reason)}`,
  StageClockStopped: ({ stage, reason }) => `${stageName(stage)}阶段停止计时${because(reason)}`,
  StageClockRestarted: ({ stage, deadline }) => `${stageName(stage)}阶段恢复计时，限办 ${formatDeadline(deadline.dueAt)}`,
  WarningRaised: ({ level, explanation }) => `${ALERT_LEVELS[level as 'yellow'] ?? level}${because(explanation.summary)}`,
  EscalationRaised: ({ level, explanation }) => `${ALERT_LEVELS[level as 'red'] ?? level}${because(explanation.summary)}`,
  AlertAcknowledged: ({ by }) => `${by} 确认收到督办`,
  InstructionGiven: ({ text, by, departments }, names) => `${by} 批示（送${(departments as string[]).map(names.department).join('、')}）${because(text)}`,
  DeadlineExtended: ({ stage, taskId, workingDays, reason }) => `${stageName(stage)}阶段${taskId ? '办件承诺时限' : ''}延期 ${workingDays} 个工作日${because(reason)}`,
  TaskReassigned: ({ fromDepartment, toDepartment, reason }, names) => `办件由${names.department(fromDepartment)}改派${names.department(toDepartment)}${because(reason)}`,
  ProjectSuspended: ({ reason, expectedEnd }) => `项目暂停，预计 ${expectedEnd} 恢复${because(reason)}`,
  ProjectResumed: ({ note }) => `项目恢复推进${because(note)}`,
  ProblemRaised: ({ description, responsibleUnit, rectificationDeadline }, names) =>
    `提出问题：${description}（责任单位 ${names.department(responsibleUnit)}，整改期限 ${rectificationDeadline}）`,
  ProblemClosed: ({ note }) => `问题销号${because(note)}`,
  SpecialProcedureStarted: ({ procedure, reason }) => `开始${SPECIAL_PROCEDURES[procedure] ?? procedure}，期间不计时${because(reason)}`,
  SpecialProcedureEnded: ({ reason }) => `特殊程序结束，恢复计时${because(reason)}`,
  StatutoryClockStopped: () => '办件法定时限停止计时',
  StatutoryClockRestarted: ({ deadline }) => `办件法定时限恢复计时，至 ${formatDeadline(deadline.dueAt)}`,
  PromisedClockStopped: () => '办件承诺时限停止计时',
  PromisedClockRestarted: ({ deadline }) => `办件承诺时限恢复计时，承诺办结 ${formatDeadline(deadline.dueAt)}`,
  InvestmentReported: ({ month, amount, previousAmount, note }) =>
    `填报 ${month} 投资月报：完成投资 ${formatWan(amount)}${previousAmount === null ? '' : `（更正，原报 ${formatWan(previousAmount)}）`}${because(note)}`,
  DeadlineRecomputed: ({ stage, taskId, limit, deadline, reason }) =>
    `工作日历更正，${stageName(stage)}阶段${taskId ? `办件${limit === 'promised' ? '承诺时限' : '法定时限'}` : '限办'}改为 ${formatDeadline(deadline.dueAt)}${because(reason)}`,
};

export function describeEvent(type: string, data: Data, names: ReferenceNames, fallback: string): string {
  const describe = DESCRIPTIONS[type];
  try {
    return names.readable(describe ? describe(data, names) : fallback);
  } catch {
    return names.readable(fallback);
  }
}
