import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { pageOf } from '@keystone/persistence';
import { ProjectActionRequest } from '@keystone/contracts';
import { ProjectView } from '@keystone/domain';
import { projectActionUpdate } from '@keystone/workflows';
import { withRowFilters } from '../read-models/project-row-filters';
import { ProjectUpdatesService } from '../updates/project-updates.service';
import { AlertInboxEntity } from './alert-inbox.entity';
import { ProblemEntity } from './problem.entity';

/** `urgency`: open before acknowledged before resolved, the most severe first within each, then the newest. */
export const ALERT_ORDERS = ['newest', 'urgency'] as const;
export type AlertOrder = (typeof ALERT_ORDERS)[number];

export interface AlertFilters {
  recipient?: string;
  order?: AlertOrder;
  /** Alerts on this owner unit's projects. */
  ownerUnit?: string;
  status?: string;
  level?: string;
  projectCode?: string;
  limit: number;
  offset: number;
}

export interface ProblemFilters {
  projectCode?: string;
  /** Problems of this owner unit's projects. */
  ownerUnit?: string;
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
    const { status, level, projectCode, recipient, ownerUnit } = filters;
    const query = withRowFilters(this.alerts.createQueryBuilder('a'), { status, level, projectCode }, ownerUnit);
    if (recipient) query.andWhere(':recipient = ANY(a.recipient_codes)', { recipient });
    // Open alerts stay on a leader's first page however many resolved ones years of a project leave behind.
    if (filters.order === 'urgency') query.orderBy(URGENCY, 'ASC').addOrderBy(SEVERITY, 'ASC').addOrderBy('a.raised_at', 'DESC');
    else query.orderBy('a.raised_at', 'DESC');
    return pageOf(query.addOrderBy('a.id'), filters.limit, filters.offset);
  }

  async listProblems(filters: ProblemFilters): Promise<{ total: number; items: ProblemEntity[] }> {
    const { projectCode, status, leader, ownerUnit } = filters;
    const query = withRowFilters(this.problems.createQueryBuilder('p'), { projectCode, status, leader }, ownerUnit);
    return pageOf(query.orderBy('p.raisedAt', 'DESC').addOrderBy('p.id'), filters.limit, filters.offset);
  }

  /** `subject` is the alert, problem or project the request is about; its id starts with the project code. */
  act(subject: string, field: string, request: ProjectActionRequest): Promise<ProjectView> {
    return this.updates.send(subject, field, projectActionUpdate, request);
  }
}

const URGENCY = `CASE a.status WHEN 'open' THEN 0 WHEN 'acknowledged' THEN 1 ELSE 2 END`;
const SEVERITY = `CASE a.level WHEN 'second-level' THEN 0 WHEN 'red' THEN 1 ELSE 2 END`;
