import { Injectable } from '@nestjs/common';
import { Client, WorkflowIdReusePolicy } from '@temporalio/client';
import { KeystoneConfig } from '@keystone/config';
import { PROJECT_WORKFLOW_TYPE, ProjectWorkflowInput } from '@keystone/contracts';
import { FieldProblemsError, ProjectProfile, UserActor, codeYearProblem, parseProjectCode, projectWorkflowId } from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { ProjectBoardService } from '../board/project-board.service';
import { alreadyRegistered, asDomainError } from '../temporal-failures';

export interface RegisteredProject {
  code: string;
  workflowId: string;
  runId: string;
}

/** The office registers a key project: checked against reference data, then its workflow starts. */
@Injectable()
export class ProjectRegistrationService {
  constructor(
    private readonly client: Client,
    private readonly config: KeystoneConfig,
    private readonly referenceData: ReferenceDataService,
    private readonly board: ProjectBoardService,
  ) {}

  /** `projectType` may be left out: it is the template's. */
  async register(given: Omit<ProjectProfile, 'projectType'> & { projectType?: string }, actor: UserActor): Promise<RegisteredProject> {
    const code = parseProjectCode(given.code);
    const [problems, template, registered] = await Promise.all([
      this.referenceData.unknownReferences({ townships: given.township, leaders: given.leader, 'owner-units': given.ownerUnit }),
      this.referenceData.template(given.templateId),
      // Temporal forgets a finished project's workflow once its retention runs out; the board does not.
      this.board.exists(given.code),
    ]);
    if (registered) throw alreadyRegistered(given.code);
    const profile: ProjectProfile = { ...given, projectType: given.projectType ?? template?.projectType ?? '' };
    const yearProblem = codeYearProblem(code, new Date());
    if (yearProblem) problems.push(yearProblem);
    if (profile.plannedCompletion < profile.plannedStart) {
      problems.push({ field: 'plannedCompletion', reason: 'must not be before plannedStart' });
    }
    if (!template) problems.push({ field: 'templateId', reason: `unknown template ${JSON.stringify(profile.templateId)}` });
    else if (template.projectType !== profile.projectType) {
      problems.push({ field: 'projectType', reason: `template ${template.id} is for project type ${template.projectType}` });
    }
    if (problems.length) throw new FieldProblemsError(problems);
    return this.start({ registration: { profile, template: template!, registeredBy: actor } }, profile.code);
  }

  private async start(input: ProjectWorkflowInput, code: string): Promise<RegisteredProject> {
    const workflowId = projectWorkflowId(code);
    try {
      const handle = await this.client.workflow.start(PROJECT_WORKFLOW_TYPE, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        // A project code is registered once, ever: not even a finished project's code can start again
        // (the board answers for runs Temporal no longer holds).
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      return { code, workflowId, runId: handle.firstExecutionRunId };
    } catch (error) {
      throw asDomainError(error, code);
    }
  }
}

