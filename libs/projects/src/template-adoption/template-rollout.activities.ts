import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { MoreThan, Repository } from 'typeorm';
import { AdoptTemplateRevisionInput, ProjectsOnTemplateInput, TemplateRolloutActivities } from '@keystone/contracts';
import { AdoptionOutcome, DomainError, ProjectTemplate, UserActor, isNothingToAdopt } from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { ProjectUpdatesService } from '../updates/project-updates.service';
import { sendTemplateRevision } from './adoption-update';

/** Sent at once: enough to keep the engine busy, few enough to leave room for the departments' own decisions. */
const PARALLEL_ADOPTIONS = 8;

/** The rollout workflow's activities, in the worker: the projects under way on a template, and moving a page of them. */
@Injectable()
export class TemplateRolloutActivitiesService {
  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly updates: ProjectUpdatesService,
    @InjectRepository(ProjectBoardEntity) private readonly board: Repository<ProjectBoardEntity>,
  ) {}

  asActivities(): TemplateRolloutActivities {
    const { projectsOnTemplate, adoptTemplateRevision } = this;
    return { projectsOnTemplate, adoptTemplateRevision };
  }

  projectsOnTemplate = async ({ templateId, after, limit }: ProjectsOnTemplateInput): Promise<string[]> => {
    const projects = await this.board.find({
      where: { templateId, status: 'active', ...(after !== undefined && { code: MoreThan(after) }) },
      select: { code: true },
      order: { code: 'ASC' },
      take: limit,
    });
    return projects.map(({ code }) => code);
  };

  /**
   * Each project as `POST /api/projects/{code}/template-adoptions` would move it; one refused does not stop the others.
   * The outcomes so far go out with every heartbeat, so a retried attempt starts where the last one stopped.
   */
  adoptTemplateRevision = async ({ templateId, codes, actor }: AdoptTemplateRevisionInput): Promise<AdoptionOutcome[]> => {
    const context = Context.current();
    const outcomes: AdoptionOutcome[] = [...((context.info.heartbeatDetails as AdoptionOutcome[] | undefined) ?? [])];
    const template = await this.referenceData.template(templateId);
    // The API started the rollout for a template it found, and templates are never deleted.
    if (!template) throw ApplicationFailure.nonRetryable(`template ${templateId} does not exist`);
    for (let start = outcomes.length; start < codes.length; start += PARALLEL_ADOPTIONS) {
      outcomes.push(...(await Promise.all(codes.slice(start, start + PARALLEL_ADOPTIONS).map((code) => this.outcomeOf(code, template, actor)))));
      context.heartbeat(outcomes);
    }
    return outcomes;
  };

  private async outcomeOf(code: string, template: ProjectTemplate, actor: UserActor): Promise<AdoptionOutcome> {
    try {
      await sendTemplateRevision(this.updates, code, template, actor);
      return { code, outcome: 'adopted' };
    } catch (error) {
      if (isNothingToAdopt(error)) return { code, outcome: 'unchanged' };
      // A project's own refusal is its outcome; anything else (the engine not answering in time) fails the attempt, to be retried.
      if (error instanceof DomainError) return { code, outcome: 'refused', reason: error.message };
      throw error;
    }
  }
}
