import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@keystone/calendar';
import { KeystoneConfig } from '@keystone/config';
import {
  DomainError,
  InvestmentReportDue,
  InvestmentReportStanding,
  ScheduleLight,
  UserActor,
  annualPace,
  beijingDate,
  investmentReportDue,
  lastDateOfMonth,
  monthStart,
  pastOrCurrentMonth,
  periodTitle,
  previousMonth,
  reportingMonth,
  unreportedStanding,
} from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { ReportChaseDigest, pageLink, reportChaseMessage } from '../delivery/robot-message';
import { enabledRobots, queueForRobots } from '../delivery/robot-outbox';
import { grouped } from '../read-models/grouped-rows';
import { reportedBetween } from '../read-models/reported-between';
import { UNDER_WAY, underWay } from '../read-models/under-way';

/** One project that owes the month's report and where its report stands. */
export interface MonthlyReportRow {
  projectCode: string;
  projectName: string;
  township: string;
  ownerUnit: string;
  /** 万元, as reported; null until it is. */
  amount: number | null;
  reportedAt: Date | null;
  standing: InvestmentReportStanding;
  /** 万元 reported from January through the month, in the month's year. */
  investedThisYear: number;
  /** The project's 年度计划投资 for the month's year, 万元; null while the office has set none. */
  annualPlan: number | null;
  /** With a plan: its share reported so far, and its light against 序时进度 through the month. */
  annualRate?: number;
  annualLight?: ScheduleLight;
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
  /** Projects that owe the month's report; `items` is a page of them. */
  total: number;
  reported: number;
  open: number;
  late: number;
  chases: ReportChase[];
  /** Those yet to report first, then those reported; by project code within each. */
  items: MonthlyReportRow[];
}

/** A month before the one being reported, and how many projects that owe it have still not reported it. */
export interface LateMonth {
  month: string;
  late: number;
}

/** How far back an owner's desk looks for months still unreported: two years of a project's reports. */
const LATE_MONTHS_LOOKBACK = 24;

interface ReportRow {
  code: string;
  name: string;
  township: string;
  owner_unit: string;
  amount: string | null;
  reported_at: Date | null;
}

interface PageRow extends ReportRow {
  invested_this_year: string;
  annual_plan: string | null;
}

/** A month asked about, when its reports are due, and where a report not yet made stands now: the same for every project. */
interface AskedMonth {
  month: string;
  due: InvestmentReportDue;
  unreported: InvestmentReportStanding;
}

/**
 * Every project that owes the month's report (under way from the month's start, $1, until its reports fall due, $2:
 * a project registered after the month ended but before then reports it too) with its report of the month ($3), if
 * any, of one owner unit ($4) or all.
 */
const MONTH_ROWS = `FROM project_board b LEFT JOIN investment_reports r ON r.project_code = b.code AND r.month = $3
  WHERE ${UNDER_WAY} AND ($4::text IS NULL OR b.owner_unit = $4)`;

/**
 * 月报制度: which projects that owe a month's report have reported its investment, which are still in time and which
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

  /**
   * The reports of `month` (by default the month owners are reporting now), of an owner unit's projects only when
   * one is given: counted over the month, listed a page at a time, those yet to report first.
   */
  async month(month: string | undefined, { ownerUnit, limit = 100, offset = 0 }: { ownerUnit?: string; limit?: number; offset?: number } = {}): Promise<MonthlyReports> {
    const asked = this.asked(month);
    const parameters = monthParameters(asked, ownerUnit);
    const year = asked.month.slice(0, 4);
    // One statement, so the counts and the page come from one snapshot while reports arrive.
    const [rows, chases] = await Promise.all([
      this.dataSource.query(
        `WITH month_rows AS (SELECT b.code, b.name, b.township, b.owner_unit, r.amount, r.reported_at ${MONTH_ROWS}),
              counts AS (SELECT count(*)::int AS total, count(amount)::int AS reported FROM month_rows),
              page AS (SELECT * FROM month_rows ORDER BY amount IS NOT NULL, code LIMIT $5 OFFSET $6)
         SELECT counts.total, counts.reported, page.*, p.amount AS annual_plan,
                ${reportedBetween('page.code', '$7', '$3')} AS invested_this_year
           FROM counts LEFT JOIN page ON true
           LEFT JOIN annual_investment_plans p ON p.project_code = page.code AND p.year = $8
          ORDER BY page.amount IS NOT NULL, page.code`,
        [...parameters, limit, offset, `${year}-01`, Number(year)],
      ) as Promise<(Partial<PageRow> & { total: number; reported: number })[]>,
      this.chasesOf(asked.month),
    ]);
    const [counts] = rows;
    const page = rows.filter((row): row is PageRow & typeof counts => row.code != null);
    const pending = counts.total - counts.reported;
    const pastDue = asked.unreported.status === 'late';
    return {
      month: asked.month, dueAt: asked.due.dueAt, dueDate: asked.due.dueDate, total: counts.total, reported: counts.reported,
      open: pastDue ? 0 : pending, late: pastDue ? pending : 0, chases, items: page.map((row) => item(row, asked)),
    };
  }

  /**
   * The months before the one being reported (all of them past due) in which projects that owe them, of an owner
   * unit when one is given, have still not reported, the oldest first; two years back at most.
   */
  async lateMonths(ownerUnit?: string): Promise<LateMonth[]> {
    const months: string[] = [];
    for (let month = previousMonth(reportingMonth(this.calendars.calendar, new Date())); months.length < LATE_MONTHS_LOOKBACK; month = previousMonth(month)) months.unshift(month);
    return this.dataSource.query(
      `SELECT m.month, count(*)::int AS late
         FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) AS m(month, month_start, due_at)
         JOIN project_board b ON ${underWay('m.month_start', 'm.due_at')}
        WHERE ($4::text IS NULL OR b.owner_unit = $4)
          AND NOT EXISTS (SELECT 1 FROM investment_reports r WHERE r.project_code = b.code AND r.month = m.month)
        GROUP BY m.month ORDER BY m.month`,
      [months, months.map(monthStart), months.map((month) => investmentReportDue(month, this.calendars.calendar).dueAt), ownerUnit ?? null],
    );
  }

  /**
   * 催报: once the month's reports are due, tells every enabled group robot which projects have not reported, by
   * owner unit, in the transaction that records the chase. Once a day a month, so a second click sends nothing twice.
   */
  async chase(month: string, actor: UserActor): Promise<ReportChase> {
    const asked = this.asked(month);
    if (asked.unreported.status !== 'late') throw DomainError.conflict(`reports of ${asked.month} are due by the end of ${asked.due.dueDate}; they are chased after that`, 'month');
    const late: ReportRow[] = await this.dataSource.query(`SELECT b.code, b.name, b.owner_unit ${MONTH_ROWS} AND r.amount IS NULL ORDER BY b.owner_unit, b.code`, monthParameters(asked));
    if (!late.length) throw DomainError.conflict(`nothing to chase: no project under way in ${asked.month} has yet to report it`, 'month');
    const digest = await this.chaseDigest(asked, late);
    const chasedOn = beijingDate(new Date());
    return this.dataSource.transaction(async (manager) => {
      const robots = await enabledRobots(manager);
      const [chased]: { chased_at: Date }[] = await manager.query(
        `INSERT INTO investment_report_chases (month, chased_on, chased_by, projects, deliveries) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (month, chased_on) DO NOTHING RETURNING chased_at`,
        [asked.month, chasedOn, actor.username, late.length, robots.length],
      );
      if (!chased) {
        const [earlier] = await this.chasesOf(asked.month);
        throw DomainError.conflict(`reports of ${asked.month} were chased today at ${earlier.chasedAt.toISOString()} by ${earlier.chasedBy}`, 'month');
      }
      await queueForRobots(manager, robots, `report-chase:${asked.month}:${chasedOn}`, (kind) => reportChaseMessage(kind, digest));
      return { chasedAt: chased.chased_at, chasedBy: actor.username, projects: late.length, deliveries: robots.length };
    });
  }

  private asked(month: string | undefined): AskedMonth {
    const now = new Date();
    const { calendar } = this.calendars;
    const asked = month === undefined ? reportingMonth(calendar, now) : pastOrCurrentMonth(month, now);
    const due = investmentReportDue(asked, calendar);
    return { month: asked, due, unreported: unreportedStanding(due, calendar, now) };
  }

  private async chaseDigest({ month, due, unreported }: AskedMonth, late: ReportRow[]): Promise<ReportChaseDigest> {
    const names = new Map((await this.referenceData.list('owner-units')).map(({ code, name }) => [code, name]));
    const byOwnerUnit = grouped(late, (row) => row.owner_unit, (row) => row.name);
    return {
      title: `${periodTitle(month)}投资月报`,
      dueDate: due.dueDate,
      workingDaysLate: unreported.status === 'late' ? unreported.workingDaysLate : 0,
      byOwnerUnit: [...byOwnerUnit].map(([code, projects]) => ({ ownerUnit: names.get(code) ?? code, projects })),
      link: pageLink(this.config.PUBLIC_URL, `/investment?month=${month}`),
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

function item(row: PageRow, { month, unreported }: AskedMonth): MonthlyReportRow {
  const investedThisYear = Number(row.invested_this_year);
  const annualPlan = row.annual_plan === null ? null : Number(row.annual_plan);
  const pace = annualPlan === null ? undefined : annualPace(investedThisYear, annualPlan, lastDateOfMonth(month));
  return {
    projectCode: row.code, projectName: row.name, township: row.township, ownerUnit: row.owner_unit,
    amount: row.amount === null ? null : Number(row.amount), reportedAt: row.reported_at,
    standing: row.amount === null ? unreported : { status: 'reported' },
    investedThisYear, annualPlan, ...(pace && { annualRate: pace.annualRate, annualLight: pace.annualLight }),
  };
}

/** The parameters of MONTH_ROWS. */
function monthParameters({ month, due }: AskedMonth, ownerUnit?: string): unknown[] {
  return [monthStart(month), due.dueAt, month, ownerUnit ?? null];
}
