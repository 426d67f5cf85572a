import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@keystone/calendar';
import { KeystoneConfig } from '@keystone/config';
import {
  DomainError,
  InvestmentReportStanding,
  UserActor,
  beijingDate,
  investmentReportDue,
  investmentReportStanding,
  monthStart,
  nextMonth,
  pastOrCurrentMonth,
  periodTitle,
  reportingMonth,
} from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { ReportChaseDigest, pageLink, reportChaseMessage } from '../delivery/robot-message';
import { queueForRobots } from '../delivery/robot-outbox';
import { UNDER_WAY } from '../read-models/under-way';

/** One project under way in the month and where its report stands. */
export interface MonthlyReportRow {
  projectCode: string;
  projectName: string;
  township: string;
  ownerUnit: string;
  /** 万元, as reported; null until it is. */
  amount: number | null;
  reportedAt: Date | null;
  standing: InvestmentReportStanding;
}

/** When, by whom, about how many late projects and to how many group robots a month's reports were chased (催报). */
export interface ReportChase {
  chasedAt: Date;
  chasedBy: string;
  projects: number;
  deliveries: number;
}

export interface MonthlyReports {
  month: string;
  dueAt: Date;
  dueDate: string;
  reported: number;
  open: number;
  late: number;
  chases: ReportChase[];
  /** Late first, then open, then reported; by project code within each. */
  items: MonthlyReportRow[];
}

const STANDING_ORDER: Record<InvestmentReportStanding['status'], number> = { late: 0, open: 1, reported: 2 };

/**
 * 月报制度: which projects under way in a month have reported its investment, which are still in time and which
 * are late, from the read models; and the office's chase (催报) of the late ones through the group robots.
 */
@Injectable()
export class MonthlyReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly calendars: CalendarService,
    private readonly config: KeystoneConfig,
  ) {}

  /** The reports of `month` (by default the month owners are reporting now), an owner unit's projects only when one is given. */
  async month(month: string | undefined, ownerUnit?: string): Promise<MonthlyReports> {
    const now = new Date();
    const { calendar } = this.calendars;
    const asked = month === undefined ? reportingMonth(calendar, now) : pastOrCurrentMonth(month, now);
    const due = investmentReportDue(asked, calendar);
    const rows: { code: string; name: string; township: string; owner_unit: string; amount: string | null; reported_at: Date | null }[] = await this.dataSource.query(
      `SELECT b.code, b.name, b.township, b.owner_unit, r.amount, r.reported_at
         FROM project_board b LEFT JOIN investment_reports r ON r.project_code = b.code AND r.month = $3
        WHERE ${UNDER_WAY} AND ($4::text IS NULL OR b.owner_unit = $4)`,
      [monthStart(asked), monthStart(nextMonth(asked)), asked, ownerUnit ?? null],
    );
    const items = rows
      .map((row) => ({
        projectCode: row.code, projectName: row.name, township: row.township, ownerUnit: row.owner_unit,
        amount: row.amount === null ? null : Number(row.amount), reportedAt: row.reported_at,
        standing: investmentReportStanding(row.amount !== null, due, calendar, now),
      }))
      .sort((a, b) => STANDING_ORDER[a.standing.status] - STANDING_ORDER[b.standing.status] || a.projectCode.localeCompare(b.projectCode));
    const count = (status: InvestmentReportStanding['status']) => items.filter((item) => item.standing.status === status).length;
    return { month: asked, dueAt: due.dueAt, dueDate: due.dueDate, reported: count('reported'), open: count('open'), late: count('late'), chases: await this.chasesOf(asked), items };
  }

  /**
   * 催报: once the month's reports are due, tells every enabled group robot which projects have not reported, by
   * owner unit, in the transaction that records the chase. Once a day a month, so a second click sends nothing twice.
   */
  async chase(month: string, actor: UserActor): Promise<ReportChase> {
    const reports = await this.month(month);
    if (reports.open) throw DomainError.conflict(`reports of ${reports.month} are due by the end of ${reports.dueDate}; they are chased after that`, 'month');
    const late = reports.items.filter((item) => item.standing.status === 'late');
    if (!late.length) throw DomainError.conflict(`every project under way has reported ${reports.month}`, 'month');
    const digest = await this.chaseDigest(reports, late);
    const chasedOn = beijingDate(new Date());
    return this.dataSource.transaction(async (manager) => {
      const [chased]: { chased_at: Date }[] = await manager.query(
        `INSERT INTO investment_report_chases (month, chased_on, chased_by, projects, deliveries) VALUES ($1, $2, $3, $4, 0)
           ON CONFLICT (month, chased_on) DO NOTHING RETURNING chased_at`,
        [reports.month, chasedOn, actor.username, late.length],
      );
      if (!chased) {
        const earlier = (await this.chasesOf(reports.month))[0];
        throw DomainError.conflict(`reports of ${reports.month} were chased today at ${earlier.chasedAt.toISOString()} by ${earlier.chasedBy}`, 'month');
      }
      const deliveries = await queueForRobots(manager, `report-chase:${reports.month}:${chasedOn}`, (kind) => reportChaseMessage(kind, digest));
      await manager.query(`UPDATE investment_report_chases SET deliveries = $3 WHERE month = $1 AND chased_on = $2`, [reports.month, chasedOn, deliveries]);
      return { chasedAt: chased.chased_at, chasedBy: actor.username, projects: late.length, deliveries };
    });
  }

  private async chaseDigest(reports: MonthlyReports, late: MonthlyReportRow[]): Promise<ReportChaseDigest> {
    const names = new Map((await this.referenceData.list('owner-units')).map(({ code, name }) => [code, name]));
    const byOwnerUnit = new Map<string, string[]>();
    for (const { ownerUnit, projectName, standing } of late) {
      const days = standing.status === 'late' && standing.workingDaysLate > 0 ? `（逾期 ${standing.workingDaysLate} 个工作日）` : '';
      byOwnerUnit.set(ownerUnit, [...(byOwnerUnit.get(ownerUnit) ?? []), `${projectName}${days}`]);
    }
    return {
      title: `${periodTitle(reports.month)}投资月报`,
      dueDate: reports.dueDate,
      byOwnerUnit: [...byOwnerUnit].map(([code, projects]) => ({ ownerUnit: names.get(code) ?? code, projects })),
      link: pageLink(this.config.PUBLIC_URL, `/investment?month=${reports.month}`),
    };
  }

  /** The month's chases, the latest first. */
  private async chasesOf(month: string): Promise<ReportChase[]> {
    const rows: { chased_at: Date; chased_by: string; projects: number; deliveries: number }[] = await this.dataSource.query(
      `SELECT chased_at, chased_by, projects, deliveries FROM investment_report_chases WHERE month = $1 ORDER BY chased_at DESC`,
      [month],
    );
    return rows.map((row) => ({ chasedAt: row.chased_at, chasedBy: row.chased_by, projects: row.projects, deliveries: row.deliveries }));
  }
}
