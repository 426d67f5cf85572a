/** The API's answers, as far as the pages read them (apps/api controllers, libs/projects read models). */

export type Role = 'office' | 'department-officer' | 'county-leader' | 'owner' | 'operator' | 'admin';

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

export type Light = 'green' | 'yellow' | 'red';

export interface BoardRow {
  code: string;
  name: string;
  township: string;
  leader: string;
  ownerUnit: string;
  status: 'active' | 'completed' | 'refused';
  currentStage: string | null;
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
}

export type TimeLimit = { workingDays: number } | { duration: string };

export interface StageTemplate {
  stage: string;
  name: string;
  timeLimit: TimeLimit;
  tasks: { key: string; name: string; department: string }[];
}

export interface StageProgress {
  stage: string;
  name: string;
  openedAt: string;
  closedAt?: string;
  timeLimit: TimeLimit;
  deadline: { dueAt: string; warnAt: string; secondLevelAt: string };
  extensionWorkingDays: number;
  runningSince?: string;
}

export type TaskStatus = 'pending' | 'returned' | 'approved' | 'refused';

export interface ProjectTask {
  id: string;
  stage: string;
  name: string;
  department: string;
  status: TaskStatus;
  assignedAt: string;
  lastComment?: string;
  decidedAt?: string;
  specialProcedure?: string;
}

export type AlertLevel = 'yellow' | 'red' | 'second-level';

export interface ProjectState {
  code: string;
  status: BoardRow['status'];
  profile: {
    code: string;
    name: string;
    township: string;
    ownerUnit: string;
    leader: string;
    totalInvestment: number;
    plannedStart: string;
    plannedCompletion: string;
  };
  template: { id: string; name: string; stages: StageTemplate[] };
  currentStage?: string;
  stages: StageProgress[];
  tasks: ProjectTask[];
  refusal?: { department: string; reason: string; refusedAt: string };
  clocks: { id: string; fired: AlertLevel[] }[];
  alerts: { clockId: string; level: AlertLevel; explanation: { summary: string } }[];
  suspension?: { reason: string; expectedEnd: string; suspendedAt: string };
  completedAt?: string;
}

export interface Alert {
  id: string;
  projectCode: string;
  projectName: string;
  township: string;
  leader: string;
  level: AlertLevel;
  subject: { kind: 'stage'; stage: string } | { kind: 'suspension' } | { kind: 'problem'; problemId: string };
  status: 'open' | 'acknowledged';
  raisedAt: string;
  explanation: { summary: string; dueAt: string; taskIds: string[] };
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
  lastComment: string | null;
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
