import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { UpdateDefinition } from '@temporalio/common';
import { Repository } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { DomainError, ProjectView, isProjectCode, projectCodeOf, projectWorkflowId } from '@keystone/domain';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { asDomainError } from '../temporal-failures';

/**
 * Sends one Update to the workflow of the project a task, alert or problem id belongs to: the id carries the
 * project code, so a request costs one Temporal round trip and no lookup.
 */
@Injectable()
export class ProjectUpdatesService {
  constructor(
    private readonly client: Client,
    private readonly config: KeystoneConfig,
    @InjectRepository(ProjectBoardEntity) private readonly board: Repository<ProjectBoardEntity>,
  ) {}

  async send<Request>(id: string, field: string, update: UpdateDefinition<ProjectView, [Request]>, request: Request): Promise<ProjectView> {
    const code = projectCodeOf(id);
    if (!isProjectCode(code)) throw DomainError.notFound(field, `${id} does not exist`);
    try {
      const handle = this.client.workflow.getHandle(projectWorkflowId(code));
      return await this.client.withDeadline(Date.now() + this.config.UPDATE_ANSWER_TIMEOUT_MS, () => handle.executeUpdate(update, { args: [request] }));
    } catch (error) {
      throw await this.explain(asDomainError(error, code), code, id, field);
    }
  }

  /** A finished project's workflow takes no more Updates; say why in the project's terms. */
  private async explain(error: unknown, code: string, id: string, field: string): Promise<unknown> {
    if (!(error instanceof DomainError) || error.details.kind !== 'not-found' || error.details.field !== 'code') return error;
    const project = await this.board.findOneBy({ code });
    return project ? DomainError.conflict(`project ${code} is ${project.status}; ${id} can no longer change`, field) : DomainError.notFound(field, `${id} does not exist`);
  }
}
