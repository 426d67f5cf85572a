import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowExecutionStatusName, WorkflowNotFoundError } from '@temporalio/client';
import { Repository } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { TEMPLATE_ROLLOUT_MEMO, TEMPLATE_ROLLOUT_WORKFLOW_TYPE, TemplateRolloutInput, templateRolloutWorkflowId } from '@keystone/contracts';
import { DomainError, ProjectView, TemplateRollout, UserActor, describeActor, startRollout, stopRollout } from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { templateRolloutQuery } from '@keystone/workflows';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { ProjectUpdatesService } from '../updates/project-updates.service';
import { sendTemplateRevision } from './adoption-update';

/** Ways a rollout's workflow closes without finishing; a completed one says so itself. */
const ENDED_EARLY = new Set<WorkflowExecutionStatusName>(['TERMINATED', 'FAILED', 'CANCELLED', 'TIMED_OUT']);

/**
 * Moves a project onto its template's current revision for the stages it has not reached, or starts moving every
 * project under way on a template (a workflow of its own, followed by its memo). The project's workflow decides what
 * changes; the revision travels with the command, so the events say exactly what the project follows.
 */
@Injectable()
export class TemplateAdoptionService {
  private readonly logger = new Logger(TemplateAdoptionService.name);

  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly updates: ProjectUpdatesService,
    private readonly client: Client,
    private readonly config: KeystoneConfig,
    @InjectRepository(ProjectBoardEntity) private readonly board: Repository<ProjectBoardEntity>,
  ) {}

  async adopt(code: string, actor: UserActor): Promise<ProjectView> {
    const project = await this.board.findOne({ where: { code }, select: { code: true, templateId: true } });
    if (!project) throw DomainError.notFound('code', `project ${code} does not exist`);
    const template = await this.referenceData.template(project.templateId);
    if (!template) throw DomainError.conflict(`template ${project.templateId} no longer exists`, 'templateId');
    return sendTemplateRevision(this.updates, code, template, actor);
  }

  /** Starts moving every project under way on the template; answers the rollout as it starts. */
  async startRollout(templateId: string, actor: UserActor): Promise<TemplateRollout> {
    if (!(await this.referenceData.template(templateId))) throw DomainError.notFound('id', `no template ${templateId}`);
    const projects = await this.board.countBy({ templateId, status: 'active' });
    const rollout = startRollout(templateId, projects, actor, new Date().toISOString());
    const input: TemplateRolloutInput = { rollout, actor };
    try {
      await this.client.workflow.start(TEMPLATE_ROLLOUT_WORKFLOW_TYPE, {
        workflowId: templateRolloutWorkflowId(templateId),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        // Readable before its first workflow task, should it be ended that soon.
        memo: { [TEMPLATE_ROLLOUT_MEMO]: rollout },
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      throw DomainError.conflict(`the projects under way on template ${templateId} are already being moved onto its current revision`, 'id');
    }
    this.logger.log(`${describeActor(actor)} started moving ${projects} projects onto template ${templateId}`);
    return rollout;
  }

  /** The template's latest rollout, running, finished, or stopped when its workflow ended before it finished. */
  async rollout(templateId: string): Promise<TemplateRollout> {
    const handle = this.client.workflow.getHandle(templateRolloutWorkflowId(templateId));
    try {
      const { status, closeTime, memo } = await handle.describe();
      // Rollouts started before the standing was kept in the memo answer only by query.
      const rollout = (memo?.[TEMPLATE_ROLLOUT_MEMO] as TemplateRollout | undefined) ?? (await handle.query(templateRolloutQuery));
      return ENDED_EARLY.has(status.name) && closeTime ? stopRollout(rollout, closeTime.toISOString()) : rollout;
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      throw DomainError.notFound('id', `the projects under way on template ${templateId} have not been moved onto a revision all at once`);
    }
  }
}
