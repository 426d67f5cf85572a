import { AlertExplanation, AlertLevel, ClockInstants, ClockSubject, Recipient, TaskLimitKind } from '../escalation';
import { StageKey } from '../stages';
import { ProjectTemplate, StageTemplate, TimeLimit } from '../templates';
import { ProjectProfile } from './project-profile';
import { StageDeadline } from './stage-deadline';

export type TaskDecision = 'approved' | 'returned' | 'refused';

export interface ProjectRegistered {
  type: 'ProjectRegistered';
  data: { profile: ProjectProfile; template: ProjectTemplate };
}

export interface StageOpened {
  type: 'StageOpened';
  data: { stage: StageKey; name: string; openedAt: string; timeLimit: TimeLimit; deadline: StageDeadline };
}

/** A task limit and the instants its clock was first planned with. */
export interface TaskLimitClock {
  limit: TimeLimit;
  deadline: StageDeadline;
}

export interface TaskAssigned {
  type: 'TaskAssigned';
  data: {
    taskId: string;
    stage: StageKey;
    taskKey: string;
    name: string;
    department: string;
    assignedAt: string;
    /** The clock of the task's statutory limit (v2); null for a task without one. */
    statutory: TaskLimitClock | null;
    /** The clock of the task's promised limit (v3); null for a task without one. */
    promised: TaskLimitClock | null;
  };
}

export interface TaskDecided {
  type: 'TaskDecided';
  data: { taskId: string; stage: StageKey; department: string; decision: TaskDecision; comment: string; decidedAt: string };
}

export interface TaskResubmitted {
  type: 'TaskResubmitted';
  data: { taskId: string; stage: StageKey; department: string; comment: string; resubmittedAt: string };
}

export interface StageClosed {
  type: 'StageClosed';
  data: { stage: StageKey; closedAt: string };
}

/** The stage just closed is followed by one that opens on the owner's application (竣工 after 开工): no clock runs meanwhile. */
export interface OwnerApplicationAwaited {
  type: 'OwnerApplicationAwaited';
  data: { stage: StageKey; name: string; application: string; since: string };
}

/** The owner applied (竣工验收申请, construction finished): the stage opens and its clock starts. */
export interface OwnerApplicationSubmitted {
  type: 'OwnerApplicationSubmitted';
  data: { stage: StageKey; application: string; note: string; submittedAt: string };
}

/** The stages the project had not reached follow its template's current revision from now on, as given here. */
export interface TemplateRevisionAdopted {
  type: 'TemplateRevisionAdopted';
  data: { templateId: string; templateName: string; stages: StageTemplate[]; adoptedAt: string };
}

export interface ProjectCompleted {
  type: 'ProjectCompleted';
  data: { completedAt: string };
}

export interface ProjectRefused {
  type: 'ProjectRefused';
  data: { taskId: string; stage: StageKey; department: string; reason: string; refusedAt: string };
}

/** The stage clock stopped: every open task is out of the departments' hands, or the project is suspended. */
export interface StageClockStopped {
  type: 'StageClockStopped';
  data: { stage: StageKey; stoppedAt: string; used: number; reason: string };
}

/** The stage clock runs again with the time already used (resubmission, end of a special procedure, resumption). */
export interface StageClockRestarted {
  type: 'StageClockRestarted';
  data: { stage: StageKey; restartedAt: string; deadline: StageDeadline };
}

export interface AlertRaisedData {
  alertId: string;
  clockId: string;
  level: AlertLevel;
  generation: number;
  subject: ClockSubject;
  recipients: Recipient[];
  raisedAt: string;
  explanation: AlertExplanation;
  /** A red raised at a yellow's instant (两黄变红): both levels have fired. Absent on every other alert. */
  inPlaceOf?: 'yellow';
}

/** Yellow (预警): the clock nears its limit; the department holding the task hears of it. */
export interface WarningRaised {
  type: 'WarningRaised';
  data: AlertRaisedData;
}

/** Red (超期 / 督办) to the assigned county leader, or second level (集体协调) to the office and top leadership. */
export interface EscalationRaised {
  type: 'EscalationRaised';
  data: AlertRaisedData;
}

export interface AlertAcknowledged {
  type: 'AlertAcknowledged';
  data: { alertId: string; acknowledgedAt: string; by: string };
}

/** 批示: a leader's instruction, reaching the departments that hold the open tasks. */
export interface InstructionGiven {
  type: 'InstructionGiven';
  data: { alertId: string; text: string; departments: string[]; by: string; givenAt: string };
}

/** A stage's limit made longer, or one task's promised limit when `taskId` is given (an alert on that promise). */
export interface DeadlineExtended {
  type: 'DeadlineExtended';
  data: { stage: StageKey; workingDays: number; reason: string; alertId?: string; taskId?: string };
}

export interface TaskReassigned {
  type: 'TaskReassigned';
  /** `alertId`: the alert the reassignment answered, when it came from one. */
  data: { taskId: string; stage: StageKey; fromDepartment: string; toDepartment: string; reason: string; alertId?: string };
}

export interface ProjectSuspended {
  type: 'ProjectSuspended';
  data: { suspensionId: string; reason: string; expectedEnd: string; suspendedAt: string; instants: ClockInstants; calendarVersion: string };
}

export interface ProjectResumed {
  type: 'ProjectResumed';
  data: { suspensionId: string; note: string; resumedAt: string };
}

/** 问题清单: a problem with a responsible unit and a rectification deadline (整改期限), escalated until closed. */
export interface ProblemRaised {
  type: 'ProblemRaised';
  data: {
    problemId: string;
    description: string;
    responsibleUnit: string;
    rectificationDeadline: string;
    raisedAt: string;
    instants: ClockInstants;
    calendarVersion: string;
  };
}

export interface ProblemClosed {
  type: 'ProblemClosed';
  data: { problemId: string; note: string; closedAt: string };
}

/** 专家评审, 听证, 公示: time the law excludes from a department's limit. */
export const SPECIAL_PROCEDURES = ['expert-review', 'hearing', 'publicity'] as const;
export type SpecialProcedure = (typeof SPECIAL_PROCEDURES)[number];

export interface SpecialProcedureStarted {
  type: 'SpecialProcedureStarted';
  data: { taskId: string; procedure: SpecialProcedure; reason: string; startedAt: string };
}

export interface SpecialProcedureEnded {
  type: 'SpecialProcedureEnded';
  data: { taskId: string; reason: string; endedAt: string };
}

/** A task limit's clock stopped (补正, special procedure, suspension) or ran again with the time used. */
export interface TaskClockStoppedData {
  taskId: string;
  stoppedAt: string;
  used: number;
}

export interface TaskClockRestartedData {
  taskId: string;
  restartedAt: string;
  deadline: StageDeadline;
}

export interface StatutoryClockStopped {
  type: 'StatutoryClockStopped';
  data: TaskClockStoppedData;
}

export interface StatutoryClockRestarted {
  type: 'StatutoryClockRestarted';
  data: TaskClockRestartedData;
}

export interface PromisedClockStopped {
  type: 'PromisedClockStopped';
  data: TaskClockStoppedData;
}

export interface PromisedClockRestarted {
  type: 'PromisedClockRestarted';
  data: TaskClockRestartedData;
}

/** The events that stop and restart each kind of task clock. */
export const TASK_CLOCK_EVENTS = {
  statutory: { stopped: 'StatutoryClockStopped', restarted: 'StatutoryClockRestarted' },
  promised: { stopped: 'PromisedClockStopped', restarted: 'PromisedClockRestarted' },
} as const satisfies Record<TaskLimitKind, { stopped: ProjectEventType; restarted: ProjectEventType }>;

/** An operator corrected the working-day calendar and a running clock's instants moved: the stage's, or a task's own limit's when `taskId` is given. */
export interface DeadlineRecomputed {
  type: 'DeadlineRecomputed';
  data: { stage: StageKey; previous: StageDeadline; deadline: StageDeadline; years: number[]; reason: string; taskId?: string; limit?: TaskLimitKind };
}

/** 月报制度: investment completed in a month (万元), as the owner reports it; a later report of the same month corrects it. */
export interface InvestmentReported {
  type: 'InvestmentReported';
  data: { month: string; amount: number; previousAmount: number | null; note: string; reportedAt: string };
}

/** 年度计划投资: the office's plan of a year's investment (万元); a later plan of the same year replaces it. */
export interface AnnualInvestmentPlanned {
  type: 'AnnualInvestmentPlanned';
  data: { year: number; amount: number; previousAmount: number | null; note: string; plannedAt: string };
}

/** Every fact about a project, named in the past tense. */
export type ProjectEvent =
  | ProjectRegistered
  | StageOpened
  | TaskAssigned
  | TaskDecided
  | TaskResubmitted
  | StageClosed
  | OwnerApplicationAwaited
  | OwnerApplicationSubmitted
  | TemplateRevisionAdopted
  | ProjectCompleted
  | ProjectRefused
  | StageClockStopped
  | StageClockRestarted
  | WarningRaised
  | EscalationRaised
  | AlertAcknowledged
  | InstructionGiven
  | DeadlineExtended
  | TaskReassigned
  | ProjectSuspended
  | ProjectResumed
  | ProblemRaised
  | ProblemClosed
  | SpecialProcedureStarted
  | SpecialProcedureEnded
  | DeadlineRecomputed
  | StatutoryClockStopped
  | StatutoryClockRestarted
  | PromisedClockStopped
  | PromisedClockRestarted
  | InvestmentReported
  | AnnualInvestmentPlanned;

export type ProjectEventType = ProjectEvent['type'];

/** The schema version each event type is written with today; bumped with an upcaster when a shape changes. */
export const PROJECT_EVENT_SCHEMA_VERSIONS: Record<ProjectEventType, number> = {
  ProjectRegistered: 1,
  StageOpened: 1,
  TaskAssigned: 3,
  TaskDecided: 1,
  TaskResubmitted: 1,
  StageClosed: 1,
  OwnerApplicationAwaited: 1,
  OwnerApplicationSubmitted: 1,
  TemplateRevisionAdopted: 1,
  ProjectCompleted: 1,
  ProjectRefused: 1,
  StageClockStopped: 1,
  StageClockRestarted: 1,
  WarningRaised: 1,
  EscalationRaised: 1,
  AlertAcknowledged: 1,
  InstructionGiven: 1,
  DeadlineExtended: 1,
  TaskReassigned: 1,
  ProjectSuspended: 1,
  ProjectResumed: 1,
  ProblemRaised: 1,
  ProblemClosed: 1,
  SpecialProcedureStarted: 1,
  SpecialProcedureEnded: 1,
  DeadlineRecomputed: 1,
  StatutoryClockStopped: 1,
  StatutoryClockRestarted: 1,
  PromisedClockStopped: 1,
  PromisedClockRestarted: 1,
  InvestmentReported: 1,
  AnnualInvestmentPlanned: 1,
};
