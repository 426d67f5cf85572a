import { Fragment } from 'react';
import type { LateMonths, MonthlyReports } from '../api/api.types';
import { Link } from '../app/link.component';
import { periodTitle } from '../notice/notice-period';
import { useLateMonths, useMonthlyReports } from './use-monthly-reports.hook';

/**
 * 月报 on an owner's desk: every earlier month some of its projects have still not reported, and how many have yet
 * to report the month being reported, by when or how late, each with the way to the page where it reports.
 * Nothing once every project has reported.
 */
export function ReportReminder() {
  const reporting = useMonthlyReports(undefined, 1);
  const earlier = useLateMonths();
  return (
    <>
      {earlier.data && earlier.data.months.length > 0 && <EarlierMonths months={earlier.data.months} />}
      {reporting.data && reporting.data.open + reporting.data.late > 0 && <MonthReminder reports={reporting.data} />}
    </>
  );
}

function EarlierMonths({ months }: LateMonths) {
  return (
    <p className="notice" data-testid="late-months">
      以下月份仍有项目逾期未报，请尽快补报：
      {months.map(({ month, late }, index) => (
        <Fragment key={month}>
          {index > 0 && '、'}
          <Link to={`/investment?month=${month}`}>
            {periodTitle(month)} {late} 个
          </Link>
        </Fragment>
      ))}
    </p>
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
