import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { Repository } from 'typeorm';
import { DomainError, ProjectState, projectWorkflowId } from '@keystone/domain';
import { projectStateQuery } from '@keystone/workflows';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { asDomainError } from '../temporal-failures';

export interface BoardFilters {
  light?: Light;
  department?: string;
  township?: string;
  stage?: string;
  leader?: string;
  ownerUnit?: string;
  status?: string;
  limit: number;
  offset: number;
}

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

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

  async list(filters: BoardFilters): Promise<{ total: number; items: BoardRow[] }> {
    const query = this.board.createQueryBuilder('p');
    for (const field of ['township', 'leader', 'ownerUnit', 'status'] as const) {
      if (filters[field]) query.andWhere(`p.${field} = :${field}`, { [field]: filters[field] });
    }
    if (filters.stage) query.andWhere('p.current_stage = :stage', { stage: filters.stage });
    if (filters.light) query.andWhere(LIGHT_CONDITIONS[filters.light]);
    if (filters.department) {
      query.andWhere(`EXISTS (SELECT 1 FROM task_inbox t WHERE t.project_code = p.code AND t.department = :department AND t.status IN ('pending', 'returned'))`, {
        department: filters.department,
      });
    }
    const [items, total] = await query.orderBy('p.code').take(filters.limit).skip(filters.offset).getManyAndCount();
    return { total, items: items.map((row) => ({ ...row, light: lightOf(row) })) };
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

const LIGHT_CONDITIONS: Record<Light, string> = {
  green: `p.status = 'active' AND p.current_stage IS NOT NULL AND p.stage_alert_level IS NULL`,
  yellow: `p.status = 'active' AND p.stage_alert_level = 'yellow'`,
  red: `p.status = 'active' AND p.stage_alert_level IN ('red', 'second-level')`,
};

/** The light (红黄绿) of an open stage follows the levels its clock has fired; finished projects have none. */
export function lightOf(row: Pick<ProjectBoardEntity, 'status' | 'currentStage' | 'stageAlertLevel'>): Light | null {
  if (row.status !== 'active' || !row.currentStage) return null;
  if (!row.stageAlertLevel) return 'green';
  return row.stageAlertLevel === 'yellow' ? 'yellow' : 'red';
}
