import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@keystone/calendar';
import {
  DEPARTMENT_RANKING,
  DecidedTask,
  DepartmentRecord,
  DomainError,
  LeaderRecord,
  NoticePeriod,
  PortfolioFigures,
  PortfolioProject,
  OverdueTask,
  Ranked,
  RedProject,
  TOWNSHIP_RANKING,
  TownshipRecord,
  UnreportedProject,
  UserActor,
  handlingRecord,
  noticePeriod,
  onTimeRate,
  portfolioFigures,
  rank,
  redShare,
} from '@keystone/domain';
import { KeystoneConfig } from '@keystone/config';
import { ReferenceDataService } from '@keystone/reference-data';
import { noticeMessage } from '../delivery/robot-message';
import { enabledRobots, queueForRobots } from '../delivery/robot-outbox';
import { grouped } from '../read-models/grouped-rows';
import { UNDER_WAY } from '../read-models/under-way';
import { noticeDigest } from './notice-digest';

/** When, by whom, and to how many group robots a notice was issued (印发). */
export interface NoticeIssue {
  issuedAt: Date;
  issuedBy: string;
  deliveries: number;
}

export interface Notice extends NoticePeriod {
  /** Absent until the office issues it. */
  issued: NoticeIssue | null;
  portfolio: PortfolioFigures;
  leaders: LeaderRecord[];
  departments: Ranked<DepartmentRecord & { onTimeRate?: number }>[];
  townships: Ranked<TownshipRecord & { redShare?: number }>[];
}

interface FigureRow {
  unit: string;
  value: string;
}

/**
 * The notice (通报) of a month, a quarter, a half-year or a year, from the read models: a period's figures are what
 * the task inbox, the stage durations, the board, the alerts and the investment reports hold for it, so last
 * month's notice reads the same next week. Every department and township on the reference lists is ranked, those
 * with nothing to report included.
 */
@Injectable()
export class NoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly calendars: CalendarService,
    private readonly config: KeystoneConfig,
  ) {}

  /** The notice of `period` (a month, quarter, half-year or year; the running month by default); refusals name `field`. */
  async compose(period: string | undefined, field = 'period'): Promise<Notice> {
    return this.composeFor(noticePeriod(period, new Date(), field));
  }

  /**
   * 印发: issues an ended period's notice once, posting its digest to every enabled group robot through the delivery
   * outbox, in the transaction that records the issue, so a robot gets it once even if the dispatcher retries.
   */
  async issue(period: string, actor: UserActor): Promise<NoticeIssue> {
    const asked = noticePeriod(period, new Date());
    if (asked.inProgress) throw DomainError.conflict(`${asked.period} has not ended: a notice is issued once its period has`, 'period');
    const notice = await this.composeFor(asked);
    if (notice.issued) throw alreadyIssued(notice.period, notice.issued);
    const digest = noticeDigest(notice, this.config.PUBLIC_URL);
    return this.dataSource.transaction(async (manager) => {
      const robots = await enabledRobots(manager);
      const [issued]: { issued_at: Date }[] = await manager.query(
        `INSERT INTO notices_issued (period, issued_by, deliveries) VALUES ($1, $2, $3) ON CONFLICT (period) DO NOTHING RETURNING issued_at`,
        [notice.period, actor.username, robots.length],
      );
      // Two issues of one period at once: the later finds the earlier's row.
      if (!issued) throw alreadyIssued(notice.period, (await this.issueOf(notice.period))!);
      await queueForRobots(manager, robots, `notice:${notice.period}`, (kind) => noticeMessage(kind, digest));
      return { issuedAt: issued.issued_at, issuedBy: actor.username, deliveries: robots.length };
    });
  }

  private async issueOf(period: string): Promise<NoticeIssue | null> {
    const [row]: { issued_at: Date; issued_by: string; deliveries: number }[] = await this.dataSource.query(
      `SELECT issued_at, issued_by, deliveries FROM notices_issued WHERE period = $1`,
      [period],
    );
    return row ? { issuedAt: row.issued_at, issuedBy: row.issued_by, deliveries: row.deliveries } : null;
  }

  private async composeFor(period: NoticePeriod): Promise<Notice> {
    const [issued, portfolio, leaders, departments, townships] = await Promise.all([
      this.issueOf(period.period),
      this.portfolio(period),
      this.leaders(period),
      this.departments(period),
      this.townships(period),
    ]);
    return {
      ...period,
      issued,
      portfolio: portfolioFigures(portfolio, period.until),
      leaders,
      departments: rank(departments, DEPARTMENT_RANKING).map((record) => ({ ...record, onTimeRate: onTimeRate(record) })),
      townships: rank(townships, TOWNSHIP_RANKING).map((record) => ({ ...record, redShare: redShare(record) })),
    };
  }

  private async departments(period: NoticePeriod): Promise<DepartmentRecord[]> {
    const [departments, decided, overdue] = await Promise.all([this.referenceData.list('departments'), this.decidedTasks(period), this.overdueTasks(period)]);
    const { calendar } = this.calendars;
    return departments.map(({ code, name }) => ({ department: code, name, ...handlingRecord(decided.get(code) ?? [], calendar), overdue: overdue.get(code) ?? [] }));
  }

  /** Tasks approved or refused in the period, by department. */
  private async decidedTasks({ from, until }: NoticePeriod): Promise<Map<string, DecidedTask[]>> {
    const rows: { department: string; assigned_at: Date; decided_at: Date; due_at: Date | null }[] = await this.dataSource.query(
      `SELECT department, assigned_at, decided_at, due_at FROM task_inbox WHERE status IN ('approved', 'refused') AND decided_at >= $1 AND decided_at < $2`,
      [from, until],
    );
    return grouped(rows, ({ department }) => department, (row) => ({ assignedAt: row.assigned_at, decidedAt: row.decided_at, dueAt: row.due_at }));
  }

  private async townships(period: NoticePeriod): Promise<TownshipRecord[]> {
    const window = [period.from, period.until];
    const [townships, projects, completed, stagesClosed, redProjects, invested, unreported] = await Promise.all([
      this.referenceData.list('townships'),
      this.figures(`SELECT township AS unit, count(*) AS value FROM project_board WHERE ${UNDER_WAY} GROUP BY 1`, window),
      this.figures(`SELECT township AS unit, count(*) AS value FROM project_board WHERE completed_at >= $1 AND completed_at < $2 GROUP BY 1`, window),
      this.figures(
        `SELECT b.township AS unit, count(*) AS value FROM stage_durations s JOIN project_board b ON b.code = s.project_code
          WHERE s.outcome = 'closed' AND s.closed_at >= $1 AND s.closed_at < $2 GROUP BY 1`,
        window,
      ),
      this.redProjects(period),
      this.figures(
        `SELECT b.township AS unit, sum(r.amount) AS value FROM investment_reports r JOIN project_board b ON b.code = r.project_code WHERE r.month = ANY($1) GROUP BY 1`,
        [period.months],
      ),
      this.unreportedProjects(period),
    ]);
    return townships.map(({ code, name }) => ({
      township: code, name, projects: projects.get(code) ?? 0, stagesClosed: stagesClosed.get(code) ?? 0, projectsCompleted: completed.get(code) ?? 0,
      investmentReported: invested.get(code) ?? 0, unreported: unreported.get(code) ?? [], redProjects: redProjects.get(code) ?? [],
    }));
  }

  /** 督办 by county leader: the red escalations raised on their projects in the period, and the second-level ones. */
  private async leaders({ from, until }: NoticePeriod): Promise<LeaderRecord[]> {
    const raised = (level: string) =>
      this.figures(`SELECT leader AS unit, count(*) AS value FROM alerts WHERE level = $3 AND raised_at >= $1 AND raised_at < $2 GROUP BY 1`, [from, until, level]);
    const [leaders, red, secondLevel] = await Promise.all([this.referenceData.list('leaders'), raised('red'), raised('second-level')]);
    return leaders.map(({ code, name }) => ({ leader: code, name, red: red.get(code) ?? 0, secondLevel: secondLevel.get(code) ?? 0 }));
  }

  /** One figure per unit (a department, a township), as the statement's `unit` and `value`. */
  private async figures(sql: string, parameters: unknown[]): Promise<Map<string, number>> {
    const rows: FigureRow[] = await this.dataSource.query(sql, parameters);
    return new Map(rows.map(({ unit, value }) => [unit, Number(value)]));
  }

  /**
   * Tasks with their department past their deadline when the period ended: still pending then (decided later, or
   * not yet). Returned tasks wait on the owner and a suspended project's clocks stand still, so neither counts.
   */
  private async overdueTasks({ until }: NoticePeriod): Promise<Map<string, OverdueTask[]>> {
    const rows: { id: string; name: string; project_code: string; project_name: string; leader: string; department: string; due_at: Date }[] =
      await this.dataSource.query(
        `SELECT t.id, t.name, t.project_code, t.project_name, t.leader, t.department, t.due_at
           FROM task_inbox t JOIN project_board b ON b.code = t.project_code
          WHERE t.assigned_at < $1 AND t.due_at < $1 AND NOT b.suspended
            AND (t.status = 'pending' OR (t.status IN ('approved', 'refused') AND t.decided_at >= $1))
          ORDER BY t.due_at, t.id`,
        [until],
      );
    const { calendar } = this.calendars;
    return grouped(rows, ({ department }) => department, (row) => ({
      taskId: row.id, taskName: row.name, projectCode: row.project_code, projectName: row.project_name, leader: row.leader, dueAt: row.due_at,
      workingDaysOver: Math.max(0, -calendar.workingDaysLeft(row.due_at, until)),
    }));
  }

  /** Every project under way in the period, with what 开工率, 竣工率 and 投资完成率 count of it. */
  private async portfolio({ from, until, latestMonth }: NoticePeriod): Promise<PortfolioProject[]> {
    type Row = { code: string; name: string; leader: string; planned_start: string; planned_completion: string; total_investment: string; invested: string; annual_plan: string | null; invested_this_year: string; started: boolean; completed: boolean };
    const year = latestMonth.slice(0, 4);
    const rows: Row[] = await this.dataSource.query(
      `SELECT b.code, b.name, b.leader, b.planned_start::text AS planned_start, b.planned_completion::text AS planned_completion, b.total_investment,
              COALESCE(r.invested, 0) AS invested, p.amount AS annual_plan, COALESCE(r.invested_this_year, 0) AS invested_this_year,
              EXISTS (SELECT 1 FROM stage_durations s WHERE s.project_code = b.code AND s.stage = 'construction-start' AND s.outcome = 'closed' AND s.closed_at < $2) AS started,
              COALESCE(b.completed_at < $2, false) AS completed
         FROM project_board b
         LEFT JOIN annual_investment_plans p ON p.project_code = b.code AND p.year = $4::int
         -- One read of a project's reports for both sums: through the period, and in its year.
         LEFT JOIN LATERAL (SELECT sum(amount) AS invested, sum(amount) FILTER (WHERE month >= $5) AS invested_this_year
                              FROM investment_reports WHERE project_code = b.code AND month <= $3) r ON true
        WHERE ${UNDER_WAY}`,
      [from, until, latestMonth, year, `${year}-01`],
    );
    return rows.map((row) => ({
      projectCode: row.code, projectName: row.name, leader: row.leader, plannedStart: row.planned_start, plannedCompletion: row.planned_completion, totalInvestment: Number(row.total_investment), investedToDate: Number(row.invested),
      annualPlan: row.annual_plan === null ? null : Number(row.annual_plan), investedThisYear: Number(row.invested_this_year),
      started: row.started, completed: row.completed,
    }));
  }

  /** Projects under way in the period without the investment report of its latest month, by township. */
  private async unreportedProjects({ from, until, latestMonth }: NoticePeriod): Promise<Map<string, UnreportedProject[]>> {
    const rows: { township: string; code: string; name: string; owner_unit: string }[] = await this.dataSource.query(
      `SELECT township, code, name, owner_unit FROM project_board b
        WHERE ${UNDER_WAY} AND NOT EXISTS (SELECT 1 FROM investment_reports r WHERE r.project_code = b.code AND r.month = $3)
        ORDER BY code`,
      [from, until, latestMonth],
    );
    return grouped(rows, ({ township }) => township, (row) => ({ projectCode: row.code, projectName: row.name, ownerUnit: row.owner_unit }));
  }

  /** Projects with a clock that went red in the period, the most red first. */
  private async redProjects({ from, until }: NoticePeriod): Promise<Map<string, RedProject[]>> {
    const rows: { township: string; project_code: string; project_name: string; leader: string; red_alerts: string }[] = await this.dataSource.query(
      `SELECT township, project_code, project_name, leader, count(*) AS red_alerts FROM alerts
        WHERE level = 'red' AND raised_at >= $1 AND raised_at < $2
        GROUP BY township, project_code, project_name, leader ORDER BY red_alerts DESC, project_code`,
      [from, until],
    );
    return grouped(rows, ({ township }) => township, (row) => ({
      projectCode: row.project_code, projectName: row.project_name, leader: row.leader, redAlerts: Number(row.red_alerts),
    }));
  }
}

function alreadyIssued(period: string, issue: NoticeIssue): DomainError {
  return DomainError.conflict(`the notice of ${period} was issued at ${issue.issuedAt.toISOString()} by ${issue.issuedBy}`, 'period');
}
