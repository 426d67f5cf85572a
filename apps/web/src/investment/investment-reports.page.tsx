import { percentText as percent } from '@keystone/domain';
import { apiPost } from '../api/api.client';
import type { Actor, InvestmentReportStanding, MonthlyReports } from '../api/api.types';
import { Link } from '../app/link.component';
import { navigate, useLocation } from '../app/router';
import { periodTitle } from '../notice/notice-period';
import { useNames } from '../reference/reference-names.context';
import { CommandBar } from '../shared/command-bar.component';
import { LoadState } from '../shared/load-state.component';
import { TableHead } from '../shared/table-head.component';
import { currentMonth, formatDate, formatDateTime } from '../shared/time-format';
import { useMonthlyReports } from './use-monthly-reports.hook';

const PAGE_SIZE = 1000;

const COLUMNS = ['项目', '乡镇/街道', '项目业主', '当月完成投资（万元）', '填报日期', '月报', '本年累计（万元）', '年度计划完成率'];

/** How far a project's year lags 序时进度 (the share of the year gone), as counties light it: 10–30 points yellow, more red. */
const PACE_TAGS: Record<'yellow' | 'red', { className: string; text: string }> = {
  yellow: { className: 'tag tag-warn', text: '滞后序时进度' },
  red: { className: 'tag tag-danger', text: '严重滞后序时进度' },
};

/**
 * 投资月报 (月报制度): every project that owes a month's report and whether it has reported, the late first. A month's
 * reports are due by the fifth working day of the month after; the page opens on the month being reported now.
 * An owner sees its own projects and reports from each project's page; the office chases (催报) the late.
 */
export function InvestmentReportsPage({ actor }: { actor: Actor }) {
  const { query } = useLocation();
  const asked = query.get('month');
  const { data, error, reload } = useMonthlyReports(asked ?? undefined, PAGE_SIZE);
  const show = (month: string) => month && navigate(`/investment?month=${encodeURIComponent(month)}`, { replace: true });
  // The picker stays while another month loads, and after a month the API refuses, so the next can be chosen.
  return (
    <>
      <div className="page-heading">
        <h1>投资月报</h1>
        <span className="period-picker">
          <input type="month" aria-label="月报月份" value={data?.month ?? asked ?? ''} max={currentMonth()} onChange={(event) => show(event.target.value)} />
        </span>
        {data && (
          <span className="muted" data-testid="report-counts">
            {periodTitle(data.month)}月报 {data.dueDate} 截止 · 已报 {data.reported} 个，未报 {data.open} 个，逾期 {data.late} 个
            {data.total > data.items.length && `，显示前 ${data.items.length} 个`}
          </span>
        )}
      </div>
      {data ? (
        <>
          <ReportChases reports={data} canChase={actor.role === 'office'} onChased={reload} />
          <MonthlyReportsTable reports={data} />
        </>
      ) : (
        <LoadState what="投资月报" error={error} />
      )}
    </>
  );
}

function MonthlyReportsTable({ reports }: { reports: MonthlyReports }) {
  const names = useNames();
  if (!reports.items.length) return <p className="empty">这个月没有需填报月报的项目（项目自登记当月起填报；在上月月报截止前登记的，也填报上月）。</p>;
  return (
    <table className="board-table">
      <TableHead columns={COLUMNS} />
      <tbody>
        {reports.items.map((row) => (
          <tr key={row.projectCode} data-project={row.projectCode}>
            <td data-label="项目">
              <Link to={`/projects/${row.projectCode}`} className="project-name">
                {row.projectName}
              </Link>
            </td>
            <td data-label="乡镇/街道">{names.township(row.township)}</td>
            <td data-label="项目业主">{names.ownerUnit(row.ownerUnit)}</td>
            <td data-label="当月完成投资（万元）">{row.amount === null ? '—' : row.amount.toLocaleString('zh-CN')}</td>
            <td data-label="填报日期">{formatDate(row.reportedAt)}</td>
            <td data-label="月报" data-testid="report-standing">
              <Standing standing={row.standing} />
            </td>
            <td data-label="本年累计（万元）">{row.investedThisYear.toLocaleString('zh-CN')}</td>
            <td data-label="年度计划完成率" data-testid="annual-pace">
              <AnnualPace row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AnnualPace({ row }: { row: MonthlyReports['items'][number] }) {
  if (row.annualPlan === null) return <span className="muted">未定年度计划</span>;
  if (row.annualRate === undefined) return <span className="muted">本年计划投资 0</span>;
  const tag = row.annualLight && row.annualLight !== 'green' ? PACE_TAGS[row.annualLight] : undefined;
  return (
    <>
      {percent(row.annualRate)}
      <span className="muted small"> / 计划 {row.annualPlan.toLocaleString('zh-CN')}</span>
      {tag && <span className={tag.className}>{tag.text}</span>}
    </>
  );
}

function Standing({ standing }: { standing: InvestmentReportStanding }) {
  if (standing.status === 'reported') return <>已报</>;
  if (standing.status === 'open') return <span className="tag tag-warn">未报</span>;
  return <span className="tag tag-danger">逾期{standing.workingDaysLate ? ` ${standing.workingDaysLate} 个工作日` : ''}</span>;
}

/** 催报: the month's chases so far; the office chases the late projects through the group robots, once a day. */
function ReportChases({ reports, canChase, onChased }: { reports: MonthlyReports; canChase: boolean; onChased: () => void }) {
  const [latest] = reports.chases;
  const chasedToday = latest && formatDate(latest.chasedAt) === formatDate(new Date().toISOString());
  return (
    <>
      {latest && (
        <p className="muted" data-testid="report-chased">
          已于 {formatDateTime(latest.chasedAt)} 由 {latest.chasedBy} 催报 {latest.projects} 个逾期项目，
          {latest.deliveries ? `推送至 ${latest.deliveries} 个工作群` : '未推送（尚未配置工作群机器人）'}
          {reports.chases.length > 1 ? `（本月共催报 ${reports.chases.length} 次）` : ''}。
        </p>
      )}
      {canChase && reports.late > 0 && !chasedToday && (
        <CommandBar
          onDone={onChased}
          commands={[{ label: '催报', fields: [], submit: () => apiPost(`/api/investment-reports/${encodeURIComponent(reports.month)}/chase`) }]}
        />
      )}
    </>
  );
}
