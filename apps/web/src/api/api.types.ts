/** The API's answers, as far as the pages read them (apps/api controllers, libs/projects read models). */
import type { AlertExplanation, AlertLevel, CalendarCoverage, CalendarYear, ClockSubject, InvestmentReportStanding, Light, NoticeVerdict, PortfolioFigures, ProjectState, ReverseSchedule, Role, TaskState, WeekdayExceptions } from '@keystone/domain';

// The project itself travels as the domain's own state; only the read models' rows are described here.
export type {
  AlertLevel,
  AnnualPlanRow,
  AnnualPlanSheet,
  BoardSummary,
  EscalationLevels,
  InvestmentReportStanding,
  Light,
  NoticeVerdict,
  PortfolioFigures,
  ProjectState,
  ProjectTemplate,
  PlannedStage,
  Role,
  StageProgress,
  StageTemplate,
  TaskStatus,
  TemplateRollout,
  TaskTemplate,
  TimeLimit,
} from '@keystone/domain';
export type ProjectTask = TaskState;
/** GET /api/projects/{code}: the state, its 倒排工期, and the working days its running stage has left (libs/projects ProjectDetail). */
export type ProjectDetail = ProjectState & { plan: ReverseSchedule; stageWorkingDaysLeft?: number };

export interface Actor {
  username: string;
  role: Role;
  department?: string;
  leader?: string;
  ownerUnit?: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface ReferenceItem {
  code: string;
  name: string;
  title?: string;
}

export interface BoardRow {
  code: string;
  name: string;
  township: string;
  leader: string;
  ownerUnit: string;
  status: 'active' | 'completed' | 'refused';
  currentStage: string | null;
  /** What the current stage waits for from the owner (竣工验收申请 while the works are built); its clock has not started. */
  awaitingApplication: string | null;
  stageDueAt: string | null;
  stageClockRunning: boolean;
  /** Working days to the open stage's limit, negative past it; counted on the working-day calendar. */
  workingDaysLeft?: number;
  light: Light | null;
  lightExplanation: { rule: string; summary: string } | null;
  suspended: boolean;
  suspensionReason: string | null;
  openProblems: number;
  refusalReason: string | null;
  totalInvestment: number;
  /** 月报: investment completed so far (万元) and the latest month reported. */
  investmentCompleted: number;
  investmentReportedMonth: string | null;
}

export interface Alert {
  id: string;
  projectCode: string;
  projectName: string;
  township: string;
  leader: string;
  level: AlertLevel;
  subject: ClockSubject;
  status: 'open' | 'acknowledged' | 'resolved';
  raisedAt: string;
  explanation: AlertExplanation;
  acknowledgedAt: string | null;
  instructions: { text: string; by: string; at: string }[];
}

export interface Problem {
  id: string;
  projectCode: string;
  projectName: string;
  description: string;
  responsibleUnit: string;
  rectificationDeadline: string;
  status: 'open' | 'closed';
  raisedAt: string;
  closedAt: string | null;
  closingNote: string | null;
}

export interface InboxTask {
  id: string;
  projectCode: string;
  projectName: string;
  township: string;
  stage: string;
  name: string;
  department: string;
  status: string;
  assignedAt: string;
  dueAt: string | null;
  /** Whose limit `dueAt` is: the stage's, or the task's own promise (承诺时限). */
  dueRule: 'stage' | 'promised';
  lastComment: string | null;
  returnReason: string | null;
  /** Working days to `dueAt` while the task waits on its department; negative once over. */
  workingDaysLeft?: number;
}

export interface DomainHistoryEntry {
  source: 'domain';
  at: string;
  type: string;
  streamVersion: number;
  actor: string;
  summary: string;
  event: { data: Record<string, unknown> };
}

export interface WorkflowHistoryEntry {
  source: 'workflow';
  at: string;
  kind: string;
  runId: string;
  eventId: string;
  summary: string;
  attempt?: number;
}

export interface ProjectHistory {
  code: string;
  workflowId: string;
  temporalUiUrl: string;
  workflowHistoryAvailable: boolean;
  entries: (DomainHistoryEntry | WorkflowHistoryEntry)[];
}

/** One line of the live stream: a project's events up to this position have been committed. */
export interface LiveChange {
  projectCode?: string;
  globalPosition?: string;
  types?: string[];
}

export interface NoticeOverdueTask {
  taskId: string;
  taskName: string;
  projectCode: string;
  projectName: string;
  leader: string;
  dueAt: string;
  workingDaysOver: number;
}

export interface NoticeDepartment {
  department: string;
  name: string;
  rank: number;
  verdict: NoticeVerdict;
  handled: number;
  handledLate: number;
  averageDays?: number;
  averageLimit?: number;
  onTimeRate?: number;
  overdue: NoticeOverdueTask[];
}

export interface NoticeTownship {
  township: string;
  name: string;
  rank: number;
  verdict: NoticeVerdict;
  projects: number;
  stagesClosed: number;
  projectsCompleted: number;
  investmentReported: number;
  unreported: { projectCode: string; projectName: string; ownerUnit: string }[];
  redShare?: number;
  redProjects: { projectCode: string; projectName: string; leader: string; redAlerts: number }[];
}

export interface Notice {
  /** YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY. */
  period: string;
  kind: 'month' | 'quarter' | 'half' | 'year';
  months: string[];
  latestMonth: string;
  issued: { issuedAt: string; issuedBy: string; deliveries: number } | null;
  from: string;
  until: string;
  inProgress: boolean;
  portfolio: PortfolioFigures;
  leaders: { leader: string; name: string; red: number; secondLevel: number }[];
  departments: NoticeDepartment[];
  townships: NoticeTownship[];
}

/** GET /api/investment-reports/late-months: earlier months, all past due, with projects still to report them; the oldest first. */
export interface LateMonths {
  months: { month: string; late: number }[];
}

export interface ReportChase {
  chasedAt: string;
  chasedBy: string;
  projects: number;
  deliveries: number;
}

export interface MonthlyReports {
  month: string;
  dueAt: string;
  /** The last day to report, YYYY-MM-DD. */
  dueDate: string;
  /** Projects under way in the month; `items` is the first page of them. */
  total: number;
  reported: number;
  open: number;
  late: number;
  /** The latest first. */
  chases: ReportChase[];
  items: {
    projectCode: string;
    projectName: string;
    township: string;
    ownerUnit: string;
    amount: number | null;
    reportedAt: string | null;
    standing: InvestmentReportStanding;
    investedThisYear: number;
    annualPlan: number | null;
    annualRate?: number;
    annualLight?: PortfolioFigures['annualLight'];
  }[];
}

export interface TemplateSummary {
  id: string;
  name: string;
  projectType: string;
}

/** GET /api/calendar: the years the working-day calendar holds, and those it lacks (libs/calendar CalendarCoverageView). */
export type CalendarCoverageView = CalendarCoverage & { version: string; region: string | null };

/** GET /api/calendar/{year}: a year's schedule as stored, with the weekdays off and weekend days worked it makes. */
export type CalendarYearView = CalendarYear & WeekdayExceptions & { updatedAt: string; updatedBy: string; version: string; region: string | null };

export type RobotKind = 'dingtalk' | 'wecom';

/** GET /api/webhooks: a group robot, its token shown only by its first characters and its secret never. */
export interface Webhook {
  id: string;
  name: string;
  kind: RobotKind;
  url: string;
  signed: boolean;
  enabled: boolean;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** POST /api/webhooks/{id}/test: what the robot answered a test message. */
export type RobotAnswer = { delivered: true } | { delivered: false; reason: string };

/** GET /api/webhooks/{id}/deliveries: one alert posted, or being posted, to one robot. */
export interface AlertDelivery {
  id: string;
  alertId: string;
  payload: { msgtype: 'markdown'; markdown: { title?: string; text?: string; content?: string } };
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

/** GET /api/users: an account as the administrator is shown it, never its password. */
export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  department: string | null;
  leader: string | null;
  ownerUnit: string | null;
  createdAt: string;
}
