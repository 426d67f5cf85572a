import { AlertLevel, YELLOWS_IN_A_ROW_RULE, beijingDateTime, beijingDeadline } from '@keystone/domain';

/** The group robots Keystone can post to; both take a markdown message by webhook. */
export const ROBOT_KINDS = ['dingtalk', 'wecom'] as const;
export type RobotKind = (typeof ROBOT_KINDS)[number];

export interface DingTalkMessage {
  msgtype: 'markdown';
  markdown: { title: string; text: string };
}

export interface WeComMessage {
  msgtype: 'markdown';
  markdown: { content: string };
}

export type RobotMessage = DingTalkMessage | WeComMessage;

/** One alert as people read it: names rather than codes. */
export interface AlertNotice {
  level: AlertLevel;
  /** The rule that raised it: a red raised before the limit (两黄变红) is not 超期. */
  rule: string;
  projectCode: string;
  projectName: string;
  summary: string;
  recipients: string[];
  raisedAt: string;
  /** The project's page, when Keystone has a public address. */
  link?: string;
}

const LEVEL_TITLES: Record<AlertLevel, string> = { yellow: '预警', red: '超期督办', 'second-level': '集体协调' };

export function robotMessage(kind: RobotKind, notice: AlertNotice): RobotMessage {
  const title = notice.rule === YELLOWS_IN_A_ROW_RULE ? '两黄变红督办' : LEVEL_TITLES[notice.level];
  return markdownMessage(kind, `【${title}】${oneLine(notice.projectName)}`, [
    `**项目代码**：${notice.projectCode}`,
    `**情况**：${oneLine(notice.summary)}`,
    `**接收**：${notice.recipients.map(oneLine).join('、')}`,
    `**时间**：${beijingDateTime(new Date(notice.raisedAt))}`,
    ...(notice.link ? [`[查看项目](${notice.link})`] : []),
  ]);
}

/** What the office sends to check a robot it has added: who sent it and when, and that nothing needs doing. */
export function testMessage(kind: RobotKind, sentBy: string, at: Date): RobotMessage {
  return markdownMessage(kind, '【测试】重点项目攻坚管理平台', [
    '**说明**：本群已接入平台的预警、督办、通报和催报推送；这是一条测试消息，无须处理',
    `**发送**：${oneLine(sentBy)}`,
    `**时间**：${beijingDateTime(at)}`,
  ]);
}

/** An issued notice (通报) as a group reads it: its title, the county's figures, and who is praised, named and summoned. */
export interface NoticeDigest {
  title: string;
  figures: string;
  praised: string[];
  named: string[];
  summoned: string[];
  link?: string;
}

export function noticeMessage(kind: RobotKind, digest: NoticeDigest): RobotMessage {
  const names = (list: string[]) => (list.length ? list.map(oneLine).join('、') : '无');
  return markdownMessage(kind, `【通报】${digest.title}`, [
    `**总体情况**：${digest.figures}`,
    `**通报表扬**：${names(digest.praised)}`,
    `**点名通报**：${names(digest.named)}`,
    `**约谈**：${names(digest.summoned)}`,
    ...(digest.link ? [`[查看通报全文](${digest.link})`] : []),
  ]);
}

/** A chase (催报) of a month's late investment reports as a group reads it: each owner unit with its late projects. */
export interface ReportChaseDigest {
  title: string;
  /** The last day to report, YYYY-MM-DD. */
  dueDate: string;
  workingDaysLate: number;
  byOwnerUnit: { ownerUnit: string; projects: string[] }[];
  link?: string;
}

export function reportChaseMessage(kind: RobotKind, digest: ReportChaseDigest): RobotMessage {
  const late = digest.byOwnerUnit.reduce((count, { projects }) => count + projects.length, 0);
  return markdownMessage(kind, `【催报】${digest.title}`, [
    `**情况**：${digest.dueDate} 截止，${digest.workingDaysLate ? `已逾期 ${digest.workingDaysLate} 个工作日，` : ''}仍有 ${late} 个项目未报，请项目业主尽快填报`,
    ...digest.byOwnerUnit.map(({ ownerUnit, projects }) => `**${oneLine(ownerUnit)}**：${projects.map(oneLine).join('、')}`),
    ...(digest.link ? [`[查看投资月报](${digest.link})`] : []),
  ]);
}

function markdownMessage(kind: RobotKind, title: string, lines: string[]): RobotMessage {
  const all = [`### ${title}`, ...lines];
  // DingTalk's markdown breaks a line only at a blank line; WeCom's at every newline.
  if (kind === 'dingtalk') return { msgtype: 'markdown', markdown: { title, text: all.join('\n\n') } };
  return { msgtype: 'markdown', markdown: { content: all.join('\n') } };
}

/** A page of the web app under Keystone's public address, when it has one. */
export function pageLink(publicUrl: string | undefined, path: string): string | undefined {
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${path}` : undefined;
}

export function projectLink(publicUrl: string | undefined, projectCode: string): string | undefined {
  return pageLink(publicUrl, `/projects/${encodeURIComponent(projectCode)}`);
}

/** A name or summary typed with a newline must not start a line of its own in the message. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/**
 * An alert's summary as the domain writes it (deadlines as UTC instants, departments by code) in the words of a
 * group chat: China time, a limit ending at midnight as its last day (限办 2026-12-14), departments by name.
 */
export function readableSummary(summary: string, departmentNames: Record<string, string>): string {
  const codes = Object.keys(departmentNames).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const withDates = summary.replace(INSTANT, (instant) => beijingDeadline(new Date(instant)));
  return codes.length ? withDates.replace(new RegExp(`(?<![\\w-])(${codes.join('|')})(?![\\w-])`, 'g'), (code) => departmentNames[code]) : withDates;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
