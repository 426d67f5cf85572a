import {
  Actor,
  AdoptTemplateRevision,
  EndSpecialProcedure,
  LeaderCommand,
  PlanAnnualInvestment,
  ProjectProfile,
  ProjectState,
  ProjectTemplate,
  ReportInvestment,
  StartSpecialProcedure,
  SubmitOwnerApplication,
  TaskDecisionCommand,
} from '@keystone/domain';

export interface ProjectWorkflowInput {
  /** Present on the first run. */
  registration?: { profile: ProjectProfile; template: ProjectTemplate; registeredBy: Actor };
  /** Present after continue-as-new: the state the previous run ended with. */
  carried?: ProjectState;
  /** After continue-as-new: the years of calendar corrections the previous run received but had not applied. */
  calendarCorrections?: number[][];
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

type WithoutWorkflowFields<T> = T extends unknown ? Omit<T, 'at' | 'planned'> : never;

/**
 * Everything but task decisions that people do to a running project: leaders' actions on alerts,
 * suspensions, problems, departments' special procedures, owners' monthly investment reports and their
 * applications (竣工验收 once the works are built). The
 * workflow stamps the time and plans fixed deadlines on the calendar itself.
 */
export type ProjectActionRequest = WithoutWorkflowFields<LeaderCommand | StartSpecialProcedure | EndSpecialProcedure | ReportInvestment | PlanAnnualInvestment | SubmitOwnerApplication | AdoptTemplateRevision>;
