import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, ProjectView, UserActor } from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { ProjectUpdatesService } from '../updates/project-updates.service';

/**
 * Moves a project onto its template's current revision for the stages it has not reached. The project's workflow
 * decides what changes; the revision travels with the command, so the events say exactly what the project follows.
 */
@Injectable()
export class TemplateAdoptionService {
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
    return this.updates.send(code, 'code', projectActionUpdate, { type: 'AdoptTemplateRevision', template, actor });
  }
}
