import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { CalendarService } from '@keystone/calendar';
import { Repository } from 'typeorm';
import { pageOf } from '@keystone/persistence';
import { BoardGroup, BoardSummary, DomainError, Light, ProjectState, projectWorkflowId, summarize } from '@keystone/domain';
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
  /** Part of a project's name or code, as an operator types it. */
  search?: string;
}

/** `severity`: red first, then yellow, then green, then finished projects, as a battle map is read; by code within each. */
export const BOARD_ORDERS = ['code', 'severity'] as const;
export type BoardOrder = (typeof BOARD_ORDERS)[number];

export interface BoardQuery extends BoardFilters {
  order?: BoardOrder;
  limit: number;
  offset: number;
}

export interface BoardRow extends ProjectBoardEntity {
  light: Light | null;
  /** Working days until the open stage's limit, or past it when negative; absent without a running clock. */
  workingDaysLeft?: number;
}

/** The portfolio as the office and leaders see it: lists from the read model, one project live from its workflow. */
@Injectable()
export class ProjectBoardService {
  constructor(
    @InjectRepository(ProjectBoardEntity) private readonly board: Repository<ProjectBoardEntity>,
    private readonly client: Client,
    private readonly calendars: CalendarService,
  ) {}

  async list(query: BoardQuery): Promise<{ total: number; items: BoardRow[] }> {
    const { total, items } = await pageOf(this.ordered(query, query.order), query.limit, query.offset);
    const now = new Date();
    return { total, items: items.map((row) => this.present(row, now)) };
  }

  /** Every matching row, in one read and uncounted (an export of the whole board). */
  async all(filters: BoardFilters, order: BoardOrder): Promise<BoardRow[]> {
    const rows = await this.ordered(filters, order).getMany();
    const now = new Date();
    return rows.map((row) => this.present(row, now));
  }

  /** The counts of the board's cards and chart over every matching project, in one grouped statement. */
  async summary(filters: BoardFilters): Promise<BoardSummary> {
    const groups = await this.matching(filters)
      .select('p.status', 'status')
      .addSelect('p.current_stage', 'stage')
      .addSelect(LIGHT, 'light')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('p.status')
      .addGroupBy('p.current_stage')
      .addGroupBy('light')
      .getRawMany<BoardGroup>();
    return summarize(groups);
  }

  private ordered(filters: BoardFilters, order: BoardOrder = 'code') {
    const matching = this.matching(filters);
    return order === 'severity' ? matching.orderBy(SEVERITY, 'ASC').addOrderBy('p.code', 'ASC') : matching.orderBy('p.code');
  }

  private matching(filters: BoardFilters) {
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
    if (filters.search) {
      // strpos, not LIKE: what is typed is matched as it is, % and _ included.
      query.andWhere('(strpos(p.name, :search) > 0 OR strpos(p.code, :search) > 0)', { search: filters.search });
    }
    return query;
  }

  /** A board row as the list shows it at `now`, whether now or an instant the board is read as of. */
  present(row: ProjectBoardEntity, now: Date): BoardRow {
    return { ...row, light: lightOf(row), workingDaysLeft: this.workingDaysLeft(row, now) };
  }

  /** Counted on the working-day calendar, so a light over a holiday still says how far off the limit is. */
  private workingDaysLeft(row: ProjectBoardEntity, now: Date): number | undefined {
    if (row.status !== 'active' || !row.stageDueAt) return undefined;
    return this.calendars.calendar.workingDaysLeft(row.stageDueAt, now);
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

const BY_SEVERITY: Light[] = ['red', 'yellow', 'green'];
/** A row's light in SQL, as `lightOf` works it out. */
const LIGHT = `CASE ${BY_SEVERITY.map((light) => `WHEN ${LIGHT_CONDITIONS[light]} THEN '${light}'`).join(' ')} END`;
const SEVERITY = `CASE ${BY_SEVERITY.map((light, rank) => `WHEN ${LIGHT_CONDITIONS[light]} THEN ${rank}`).join(' ')} ELSE ${BY_SEVERITY.length} END`;

/** Rows in the order of `severity`, as a comparator: red, yellow, green, then rows without a light. */
export function bySeverity(a: Pick<BoardRow, 'light'>, b: Pick<BoardRow, 'light'>): number {
  const rank = (light: Light | null) => (light ? BY_SEVERITY.indexOf(light) : BY_SEVERITY.length);
  return rank(a.light) - rank(b.light);
}

/** The light (红黄绿) of an open stage follows the levels its clock has fired; finished projects have none. */
export function lightOf(row: Pick<ProjectBoardEntity, 'status' | 'currentStage' | 'stageAlertLevel'>): Light | null {
  if (row.status !== 'active' || !row.currentStage) return null;
  if (!row.stageAlertLevel) return 'green';
  return row.stageAlertLevel === 'yellow' ? 'yellow' : 'red';
}
