import { previousMonth } from '@keystone/domain';
import type { MonthlyReports } from '../api/api.types';
import { Link } from '../app/link.component';
import { periodTitle } from '../notice/notice-period';
import { useMonthlyReports } from './use-monthly-reports.hook';

/**
 * 月报 on an owner's desk: how many of its projects have yet to report the month being reported, by when or how
 * late, and the month before if some are still missing there too, each with the way to the page where it
 * reports. Nothing once every project has reported.
 */
export function ReportReminder() {
  const reporting = useMonthlyReports(undefined, 1);
  const before = useMonthlyReports(reporting.data ? previousMonth(reporting.data.month) : null, 1);
  return (
    <>
      {[before.data, reporting.data].map((reports) => reports && reports.open + reports.late > 0 && <MonthReminder key={reports.month} reports={reports} />)}
    </>
  );
}

function MonthReminder({ reports }: { reports: MonthlyReports }) {
  const month = periodTitle(reports.month);
  return (
    <p className="notice" data-testid="report-reminder" data-month={reports.month}>
      {reports.late
        ? `${month}投资月报已于 ${reports.dueDate} 截止，仍有 ${reports.late} 个项目逾期未报，请尽快填报。`
        : `${month}投资月报 ${reports.dueDate} 截止，还有 ${reports.open} 个项目未报。`}{' '}
      <Link to={`/investment?month=${reports.month}`}>去填报</Link>
    </p>
  );
}
