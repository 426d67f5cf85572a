import type { AdoptionOutcome, TemplateRollout, UserActor } from '@keystone/domain';

export const TEMPLATE_ROLLOUT_WORKFLOW_TYPE = 'templateRolloutWorkflow';

/** One rollout per template at a time: a second request while one runs is refused, not started beside it. */
export function templateRolloutWorkflowId(templateId: string): string {
  return `template-rollout:${templateId}`;
}

/** The memo field holding the rollout's standing, which describe reads however its run ended. */
export const TEMPLATE_ROLLOUT_MEMO = 'rollout';

export interface TemplateRolloutInput {
  /** As the API answered it when it started, or as the previous run left it after continue-as-new. */
  rollout: TemplateRollout;
  actor: UserActor;
  /** After continue-as-new: the last project code dealt with. */
  after?: string;
}

export interface ProjectsOnTemplateInput {
  templateId: string;
  /** Codes after this one, in code order. */
  after?: string;
  limit: number;
}

export interface AdoptTemplateRevisionInput {
  templateId: string;
  codes: string[];
  actor: UserActor;
}

/** What the rollout workflow asks of the outside world: the projects to move, a page at a time, and moving them. */
export interface TemplateRolloutActivities {
  projectsOnTemplate(input: ProjectsOnTemplateInput): Promise<string[]>;
  adoptTemplateRevision(input: AdoptTemplateRevisionInput): Promise<AdoptionOutcome[]>;
}
