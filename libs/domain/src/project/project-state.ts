import { Actor, isOffice } from '../actors';
import { AlertState, Clock } from '../escalation';
import { StageKey } from '../stages';
import { EscalationLevels, ProjectTemplate, TimeLimit } from '../templates';
import type { SpecialProcedure } from './project-events';
import { ProjectProfile } from './project-profile';
import { StageDeadline } from './stage-deadline';

export type ProjectStatus = 'active' | 'completed' | 'refused';

/** A project's status as the pages and an export name it. */
export const PROJECT_STATUS_NAMES: Record<ProjectStatus, string> = { active: '推进中', completed: '已竣工', refused: '不予许可，已终止' };

/** pending: with the department; returned: with the owner for correction (补正). */
export type TaskStatus = 'pending' | 'returned' | 'approved' | 'refused';

export interface TaskState {
  id: string;
  stage: StageKey;
  key: string;
  name: string;
  department: string;
  status: TaskStatus;
  assignedAt: string;
  lastComment?: string;
  decidedAt?: string;
  /** Set while a procedure the law excludes from the limit runs (专家评审, 听证, 公示). */
  specialProcedure?: SpecialProcedure;
  /** The statutory limit's clock, counted like the stage's: stopped while the case is out of the department's hands. */
  statutory?: TaskClockProgress;
  /** The promised limit's clock (承诺时限), counted the same way; the warning ladder runs on it. */
  promised?: TaskClockProgress;
}

export interface TaskClockProgress {
  limit: TimeLimit;
  /** Time already counted before the current run: working days, or ms for duration limits. */
  used: number;
  runningSince?: string;
  /** The instants the clock runs to; absent in state carried from before calendar corrections reached task clocks. */
  deadline?: StageDeadline;
  /** Added by a leader's extension of the promise; absent in state carried from before promised clocks. */
  extensionWorkingDays?: number;
}

export interface StageProgress {
  stage: StageKey;
  name: string;
  openedAt: string;
  timeLimit: TimeLimit;
  deadline: StageDeadline;
  closedAt?: string;
  levels: EscalationLevels;
  extensionWorkingDays: number;
  /** Time already counted against the limit before the current run: working days, or ms for duration limits. */
  used: number;
  /** When the clock last started running; absent while it is stopped. */
  runningSince?: string;
}

export interface ProblemState {
  id: string;
  description: string;
  responsibleUnit: string;
  rectificationDeadline: string;
  raisedAt: string;
  closedAt?: string;
  closingNote?: string;
}

export interface SuspensionState {
  id: string;
  reason: string;
  expectedEnd: string;
  suspendedAt: string;
}

/** A stage waiting for the owner's application (竣工 while the works are built), and the application once made. */
export interface OwnerApplicationState {
  stage: StageKey;
  application: string;
  submittedAt?: string;
  note?: string;
}

/** The application an active project waits for from its owner, until it is made; works on a ProjectView too. */
export function awaitedApplication(state: Pick<ProjectState, 'status' | 'ownerApplication'>): OwnerApplicationState | undefined {
  const waiting = state.ownerApplication;
  return state.status === 'active' && waiting && !waiting.submittedAt ? waiting : undefined;
}

/** The rule that explains the light of a stage waiting for the owner: on schedule, no clock. */
export const AWAITING_APPLICATION_RULE = 'stage:awaiting-application';

/** How the board and the project page explain a stage waiting for the owner's application. */
export function awaitingApplicationSummary(stageName: string, application: string): string {
  return `${stageName}阶段待项目业主提交${application}（在建，不计时），提交后开始计时`;
}

export interface ProjectState {
  code: string;
  status: ProjectStatus;
  profile: ProjectProfile;
  template: ProjectTemplate;
  /** The stage now open, absent when none is (before the first opens, after completion or refusal). */
  currentStage?: StageKey;
  stages: StageProgress[];
  tasks: TaskState[];
  refusal?: { taskId: string; department: string; reason: string; refusedAt: string };
  clocks: Clock[];
  alerts: AlertState[];
  problems: ProblemState[];
  suspension?: SuspensionState;
  suspensionsSoFar: number;
  /** The latest stage that waited for the owner's application, if any has. */
  ownerApplication?: OwnerApplicationState;
  /** 月报: investment completed (万元) by month, YYYY-MM, as last reported. */
  investmentByMonth: Record<string, number>;
  /** 年度计划投资 (万元) by year, YYYY, as the office last set it; absent in runs carried over from before plans existed. */
  annualPlans?: Record<string, number>;
  completedAt?: string;
  /** Number of events in the project's stream: the expected version of the next append. */
  version: number;
}

/**
 * What an Update answers with: the state without the template snapshot, which changes only when the office moves
 * the project onto a revision and would otherwise be written into the history with every decision.
 */
export type ProjectView = Omit<ProjectState, 'template'>;

export function projectView({ template: _template, ...view }: ProjectState): ProjectView {
  return view;
}

export function taskId(code: string, stage: StageKey, taskKey: string): string {
  return `${code}.${stage}.${taskKey}`;
}

export function findTask(state: Pick<ProjectState, 'tasks'>, id: string): TaskState | undefined {
  return state.tasks.find((task) => task.id === id);
}

export function openTasks(state: Pick<ProjectState, 'tasks' | 'currentStage'>): TaskState[] {
  return state.tasks.filter((task) => task.stage === state.currentStage && task.status !== 'approved');
}

export function currentStageProgress(state: ProjectState): StageProgress | undefined {
  return state.stages.find((stage) => stage.stage === state.currentStage && !stage.closedAt);
}

export function findAlert(state: ProjectState, id: string): AlertState | undefined {
  return state.alerts.find((alert) => alert.id === id);
}

/** Alert ids and problem ids, like task ids, start with the project code. */
export function projectCodeOf(id: string): string {
  return id.split('.')[0];
}

/** The project's owner unit, or the office acting for it: who resubmits corrected materials and reports investment. */
export function actsForOwner(state: Pick<ProjectState, 'profile'>, actor: Actor): boolean {
  return isOffice(actor) || (actor.kind === 'user' && actor.role === 'owner' && actor.ownerUnit === state.profile.ownerUnit);
}
