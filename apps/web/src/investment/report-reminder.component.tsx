import type { MonthlyReports } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { periodTitle } from '../notice/notice-period';

/**
 * 月报 on an owner's desk: how many of its projects have yet to report the month being reported, by when, or how
 * late they are, with the way to the page where it reports. Nothing once every project has reported.
 */
export function ReportReminder() {
  const { data } = useApi<MonthlyReports>('/api/investment-reports?limit=1', { coalesceMs: 1_000 });
  if (!data || data.open + data.late === 0) return null;
  const month = periodTitle(data.month);
  return (
    <p className="notice" data-testid="report-reminder">
      {data.late
        ? `${month}投资月报已于 ${data.dueDate} 截止，仍有 ${data.late} 个项目逾期未报，请尽快填报。`
        : `${month}投资月报 ${data.dueDate} 截止，还有 ${data.open} 个项目未报。`}{' '}
      <Link to={`/investment?month=${data.month}`}>去填报</Link>
    </p>
  );
}
