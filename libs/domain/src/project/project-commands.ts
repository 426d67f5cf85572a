import { Actor } from '../actors';
import { AlertLevel, ClockInstants, TaskLimitKind } from '../escalation';
import { StageKey } from '../stages';
import { ProjectTemplate } from '../templates';
import { ProjectProfile } from './project-profile';
import type { SpecialProcedure } from './project-events';
import { StageDeadline } from './stage-deadline';

/** Decisions a department can take on a task, in the API's imperative words. */
export const TASK_DECISIONS = ['approve', 'return', 'refuse'] as const;
export type TaskDecisionCommand = (typeof TASK_DECISIONS)[number];

interface ByActor {
  actor: Actor;
  at: string;
}

export interface RegisterProject {
  type: 'RegisterProject';
  profile: ProjectProfile;
  template: ProjectTemplate;
  at: string;
}

export interface OpenNextStage {
  type: 'OpenNextStage';
  deadline: StageDeadline;
  /** By task key, for tasks whose statutory limit has its own clock. */
  statutoryDeadlines?: Record<string, StageDeadline>;
  /** By task key, for tasks whose promised limit has its own clock. */
  promisedDeadlines?: Record<string, StageDeadline>;
  at: string;
}

export interface DecideTask extends ByActor {
  type: 'DecideTask';
  taskId: string;
  decision: TaskDecisionCommand;
  comment: string;
}

export interface ResubmitTask extends ByActor {
  type: 'ResubmitTask';
  taskId: string;
  comment: string;
}

export interface StartSpecialProcedure extends ByActor {
  type: 'StartSpecialProcedure';
  taskId: string;
  procedure: SpecialProcedure;
  reason: string;
}

export interface EndSpecialProcedure extends ByActor {
  type: 'EndSpecialProcedure';
  taskId: string;
  reason: string;
}

/** 月报制度: the owner (or the office for it) reports a month's investment completed, in 万元. */
export interface ReportInvestment extends ByActor {
  type: 'ReportInvestment';
  month: string;
  amount: number;
  note: string;
}

/** The office sets a project's planned investment for a year (年度计划投资, 万元), what its annual completion rate is counted against. */
export interface PlanAnnualInvestment extends ByActor {
  type: 'PlanAnnualInvestment';
  year: number;
  amount: number;
  note: string;
}

/** The owner (or the office for it) applies to open a stage that waits for it: 竣工验收 once construction is finished. */
export interface SubmitOwnerApplication extends ByActor {
  type: 'SubmitOwnerApplication';
  stage: StageKey;
  note: string;
}

/**
 * The office moves a project onto its template's current revision for the stages it has not reached: a county
 * that revises a limit, or makes 竣工 wait for the owner's application, wants its running projects to follow.
 */
export interface AdoptTemplateRevision extends ByActor {
  type: 'AdoptTemplateRevision';
  template: ProjectTemplate;
}

/** Clock bookkeeping the workflow does itself, with figures an activity computed from the calendar. */
export interface StopStageClock {
  type: 'StopStageClock';
  used: number;
  reason: string;
  at: string;
}

export interface StopTaskClock {
  type: 'StopTaskClock';
  limit: TaskLimitKind;
  taskId: string;
  used: number;
  at: string;
}

export interface RestartTaskClock {
  type: 'RestartTaskClock';
  limit: TaskLimitKind;
  taskId: string;
  deadline: StageDeadline;
  restartedAt: string;
  at: string;
}

export interface RestartStageClock {
  type: 'RestartStageClock';
  deadline: StageDeadline;
  restartedAt: string;
  at: string;
}

/** The calendar changed: the running stage clock planned again on the corrected calendar. */
export interface RecomputeStageDeadline {
  type: 'RecomputeStageDeadline';
  deadline: StageDeadline;
  years: number[];
  at: string;
}

/** The calendar changed: one running task clock (法定 or 承诺时限) planned again on the corrected calendar. */
export interface RecomputeTaskDeadline {
  type: 'RecomputeTaskDeadline';
  limit: TaskLimitKind;
  taskId: string;
  deadline: StageDeadline;
  years: number[];
  at: string;
}

export interface RaiseAlert {
  type: 'RaiseAlert';
  clockId: string;
  level: AlertLevel;
  at: string;
}

export interface AcknowledgeAlert extends ByActor {
  type: 'AcknowledgeAlert';
  alertId: string;
}

export interface GiveInstruction extends ByActor {
  type: 'GiveInstruction';
  alertId: string;
  text: string;
}

export interface ExtendDeadline extends ByActor {
  type: 'ExtendDeadline';
  alertId: string;
  workingDays: number;
  reason: string;
}

export interface ReassignTask extends ByActor {
  type: 'ReassignTask';
  taskId: string;
  department: string;
  reason: string;
  /** The alert the leader answered by reassigning, when the reassignment came from one. */
  alertId?: string;
}

/** A fixed deadline (an expected end, a rectification deadline) as an activity planned it on the calendar. */
export interface PlannedInstants {
  instants: ClockInstants;
  calendarVersion: string;
}

export interface SuspendProject extends ByActor {
  type: 'SuspendProject';
  reason: string;
  expectedEnd: string;
  planned: PlannedInstants;
}

export interface ResumeProject extends ByActor {
  type: 'ResumeProject';
  note: string;
}

export interface RaiseProblem extends ByActor {
  type: 'RaiseProblem';
  description: string;
  responsibleUnit: string;
  rectificationDeadline: string;
  planned: PlannedInstants;
}

export interface CloseProblem extends ByActor {
  type: 'CloseProblem';
  problemId: string;
  note: string;
}

export type LeaderCommand =
  | AcknowledgeAlert
  | GiveInstruction
  | ExtendDeadline
  | ReassignTask
  | SuspendProject
  | ResumeProject
  | RaiseProblem
  | CloseProblem;

export type ProjectCommand =
  | RegisterProject
  | OpenNextStage
  | DecideTask
  | ResubmitTask
  | StartSpecialProcedure
  | EndSpecialProcedure
  | ReportInvestment
  | PlanAnnualInvestment
  | SubmitOwnerApplication
  | AdoptTemplateRevision
  | StopStageClock
  | RestartStageClock
  | StopTaskClock
  | RestartTaskClock
  | RaiseAlert
  | RecomputeStageDeadline
  | RecomputeTaskDeadline
  | LeaderCommand;
