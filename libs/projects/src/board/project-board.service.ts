import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { Repository } from 'typeorm';
import { DomainError, ProjectState, projectWorkflowId } from '@keystone/domain';
import { projectStateQuery } from '@keystone/workflows';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { asDomainError } from '../temporal-failures';

export interface BoardFilters {
  township?: string;
  stage?: string;
  leader?: string;
  status?: string;
  limit: number;
  offset: number;
}

export type Light = 'green' | 'yellow' | 'red';

export interface BoardRow extends ProjectBoardEntity {
  light: Light | null;
}

/** The portfolio as the office and leaders see it: lists from the read model, one project live from its workflow. */
@Injectable()
export class ProjectBoardService {
  constructor(
    @InjectRepository(ProjectBoardEntity) private readonly board: Repository<ProjectBoardEntity>,
    private readonly client: Client,
  ) {}

  async list(filters: BoardFilters, now = new Date()): Promise<{ total: number; items: BoardRow[] }> {
    const query = this.board.createQueryBuilder('p');
    for (const field of ['township', 'leader', 'status'] as const) {
      if (filters[field]) query.andWhere(`p.${field} = :${field}`, { [field]: filters[field] });
    }
    if (filters.stage) query.andWhere('p.current_stage = :stage', { stage: filters.stage });
    const [items, total] = await query.orderBy('p.code').take(filters.limit).skip(filters.offset).getManyAndCount();
    return { total, items: items.map((row) => ({ ...row, light: lightOf(row, now) })) };
  }

  exists(code: string): Promise<boolean> {
    return this.board.existsBy({ code });
  }

  /** The project's current state, answered by its workflow so it is never behind. */
  async current(code: string): Promise<ProjectState> {
    try {
      const state = await this.client.workflow.getHandle(projectWorkflowId(code)).query(projectStateQuery);
      if (!state) throw DomainError.notFound('code', `project ${code} is still being registered`);
      return state;
    } catch (error) {
      throw asDomainError(error, code);
    }
  }
}

/** The board light of an open stage from its clock; finished projects have none. */
export function lightOf(row: Pick<ProjectBoardEntity, 'status' | 'stageDueAt' | 'stageWarnAt'>, now: Date): Light | null {
  if (row.status !== 'active' || !row.stageDueAt || !row.stageWarnAt) return null;
  if (now >= row.stageDueAt) return 'red';
  return now >= row.stageWarnAt ? 'yellow' : 'green';
}
