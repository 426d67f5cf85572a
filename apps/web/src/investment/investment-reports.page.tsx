import type { BoardRow, Page } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { LoadState } from '../shared/load-state.component';
import { TableHead } from '../shared/table-head.component';
import { formatWan } from '../shared/amount-format';
import { currentMonth } from '../shared/time-format';

const COLUMNS = ['项目', '乡镇/街道', '项目业主', '累计完成投资', '最近填报', '本月月报'];

/**
 * 投资月报 (月报制度): every project under way and whether it has reported this month, those yet to report first.
 * An owner sees its own projects and reports from each project's page; the office sees whom to chase.
 */
export function InvestmentReportsPage() {
  const names = useNames();
  const { data, error } = useApi<Page<BoardRow>>('/api/projects?status=active&limit=1000');
  const month = currentMonth();
  if (!data) return <LoadState what="投资月报" error={error} />;
  const reported = (row: BoardRow) => row.investmentReportedMonth === month;
  const rows = [...data.items].sort((a, b) => Number(reported(a)) - Number(reported(b)));
  const pending = rows.filter((row) => !reported(row)).length;
  return (
    <>
      <div className="page-heading">
        <h1>投资月报</h1>
        <span className="muted">
          {month} · 已报 {rows.length - pending} 个，未报 {pending} 个
        </span>
      </div>
      {rows.length ? (
        <table className="board-table">
          <TableHead columns={COLUMNS} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-project={row.code}>
                <td data-label="项目">
                  <Link to={`/projects/${row.code}`} className="project-name">
                    {row.name}
                  </Link>
                </td>
                <td data-label="乡镇/街道">{names.township(row.township)}</td>
                <td data-label="项目业主">{names.ownerUnit(row.ownerUnit)}</td>
                <td data-label="累计完成投资">
                  {row.investmentCompleted.toLocaleString('zh-CN')} / {formatWan(row.totalInvestment)}
                </td>
                <td data-label="最近填报">{row.investmentReportedMonth ?? '—'}</td>
                <td data-label="本月月报" data-testid="this-month">
                  {reported(row) ? '已报' : <span className="tag tag-warn">未报</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">没有在建项目。</p>
      )}
    </>
  );
}

