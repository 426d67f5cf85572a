import { Actor } from '../actors';
import { ProjectTemplate } from '../templates';
import { ProjectProfile } from './project-profile';
import { StageDeadline } from './stage-deadline';

/** Decisions a department can take on a task, in the API's imperative words. */
export const TASK_DECISIONS = ['approve', 'return', 'refuse'] as const;
export type TaskDecisionCommand = (typeof TASK_DECISIONS)[number];

export interface RegisterProject {
  type: 'RegisterProject';
  profile: ProjectProfile;
  template: ProjectTemplate;
  at: string;
}

export interface OpenNextStage {
  type: 'OpenNextStage';
  deadline: StageDeadline;
  at: string;
}

export interface DecideTask {
  type: 'DecideTask';
  taskId: string;
  decision: TaskDecisionCommand;
  comment: string;
  actor: Actor;
  at: string;
}

export interface ResubmitTask {
  type: 'ResubmitTask';
  taskId: string;
  comment: string;
  actor: Actor;
  at: string;
}

export type ProjectCommand = RegisterProject | OpenNextStage | DecideTask | ResubmitTask;
