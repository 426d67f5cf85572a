import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOf } from '@keystone/persistence';
import { ProjectActionRequest } from '@keystone/contracts';
import { ProjectView } from '@keystone/domain';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectUpdatesService } from '../updates/project-updates.service';
import { AlertInboxEntity } from './alert-inbox.entity';
import { ProblemEntity } from './problem.entity';

export interface AlertFilters {
  recipient?: string;
  status?: string;
  level?: string;
  projectCode?: string;
  limit: number;
  offset: number;
}

export interface ProblemFilters {
  projectCode?: string;
  status?: string;
  leader?: string;
  limit: number;
  offset: number;
}

/** Alert inboxes and the problem list from the read models; leaders' actions go to the workflow as Updates. */
@Injectable()
export class EscalationService {
  constructor(
    @InjectRepository(AlertInboxEntity) private readonly alerts: Repository<AlertInboxEntity>,
    @InjectRepository(ProblemEntity) private readonly problems: Repository<ProblemEntity>,
    private readonly updates: ProjectUpdatesService,
  ) {}

  async listAlerts(filters: AlertFilters): Promise<{ total: number; items: AlertInboxEntity[] }> {
    const query = this.alerts.createQueryBuilder('a');
    for (const field of ['status', 'level', 'projectCode'] as const) {
      if (filters[field]) query.andWhere(`a.${field} = :${field}`, { [field]: filters[field] });
    }
    if (filters.recipient) query.andWhere(':recipient = ANY(a.recipient_codes)', { recipient: filters.recipient });
    return pageOf(query.orderBy('a.raised_at', 'DESC').addOrderBy('a.id'), filters.limit, filters.offset);
  }

  async listProblems(filters: ProblemFilters): Promise<{ total: number; items: ProblemEntity[] }> {
    const where = {
      ...(filters.projectCode && { projectCode: filters.projectCode }),
      ...(filters.status && { status: filters.status }),
      ...(filters.leader && { leader: filters.leader }),
    };
    const [items, total] = await this.problems.findAndCount({ where, order: { raisedAt: 'DESC' }, take: filters.limit, skip: filters.offset });
    return { total, items };
  }

  /** `subject` is the alert, problem or project the request is about; its id starts with the project code. */
  act(subject: string, field: string, request: ProjectActionRequest): Promise<ProjectView> {
    return this.updates.send(subject, field, projectActionUpdate, request);
  }
}
