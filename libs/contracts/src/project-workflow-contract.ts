import { Actor, ProjectProfile, ProjectState, ProjectTemplate, TaskDecisionCommand } from '@keystone/domain';

export interface ProjectWorkflowInput {
  /** Present on the first run. */
  registration?: { profile: ProjectProfile; template: ProjectTemplate; registeredBy: Actor };
  /** Present after continue-as-new: the state the previous run ended with. */
  carried?: ProjectState;
}

export interface ProjectOutcome {
  code: string;
  status: ProjectState['status'];
}

export interface DecideTaskRequest {
  taskId: string;
  decision: TaskDecisionCommand;
  comment: string;
  actor: Actor;
}

export interface ResubmitTaskRequest {
  taskId: string;
  comment: string;
  actor: Actor;
}

/** The failure type carrying a DomainError's details across Temporal to the API. */
export const DOMAIN_REJECTION = 'DomainRejection';

export const PROJECT_WORKFLOW_TYPE = 'projectWorkflow';
