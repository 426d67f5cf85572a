import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, ProjectTemplate, ProjectView, TemplateAdoptionSummary, UserActor, describeActor, isNothingToAdopt } from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { ProjectUpdatesService } from '../updates/project-updates.service';

/** Sent at once: enough to keep the engine busy, few enough to leave room for the departments' own decisions. */
const PARALLEL_ADOPTIONS = 8;

/**
 * Moves a project onto its template's current revision for the stages it has not reached. The project's workflow
 * decides what changes; the revision travels with the command, so the events say exactly what the project follows.
 */
@Injectable()
export class TemplateAdoptionService {
  private readonly logger = new Logger(TemplateAdoptionService.name);

  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly updates: ProjectUpdatesService,
    @InjectRepository(ProjectBoardEntity) private readonly board: Repository<ProjectBoardEntity>,
  ) {}

  async adopt(code: string, actor: UserActor): Promise<ProjectView> {
    const project = await this.board.findOne({ where: { code }, select: { code: true, templateId: true } });
    if (!project) throw DomainError.notFound('code', `project ${code} does not exist`);
    const template = await this.referenceData.template(project.templateId);
    if (!template) throw DomainError.conflict(`template ${project.templateId} no longer exists`, 'templateId');
    return this.send(code, template, actor);
  }

  /** Every project under way on the template, each as `adopt` would; one refused does not stop the others. */
  async adoptAll(templateId: string, actor: UserActor): Promise<TemplateAdoptionSummary> {
    const template = await this.referenceData.template(templateId);
    if (!template) throw DomainError.notFound('id', `no template ${templateId}`);
    const projects = await this.board.find({ where: { templateId, status: 'active' }, select: { code: true }, order: { code: 'ASC' } });
    const summary: TemplateAdoptionSummary = { templateId, projects: projects.length, adopted: [], unchanged: 0, refused: [] };
    for (let start = 0; start < projects.length; start += PARALLEL_ADOPTIONS) {
      await Promise.all(projects.slice(start, start + PARALLEL_ADOPTIONS).map(({ code }) => this.settle(code, template, actor, summary)));
    }
    summary.adopted.sort();
    this.logger.log(`${describeActor(actor)} moved ${summary.adopted.length} of ${summary.projects} projects onto template ${templateId} (${summary.unchanged} unchanged, ${summary.refused.length} refused)`);
    return summary;
  }

  private async settle(code: string, template: ProjectTemplate, actor: UserActor, summary: TemplateAdoptionSummary): Promise<void> {
    try {
      await this.send(code, template, actor);
      summary.adopted.push(code);
    } catch (error) {
      if (isNothingToAdopt(error)) summary.unchanged += 1;
      else summary.refused.push({ code, reason: (error as Error).message });
    }
  }

  private send(code: string, template: ProjectTemplate, actor: UserActor): Promise<ProjectView> {
    return this.updates.send(code, 'code', projectActionUpdate, { type: 'AdoptTemplateRevision', template, actor });
  }
}
