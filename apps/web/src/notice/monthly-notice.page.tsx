import type { MonthlyNotice } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { navigate, useLocation } from '../app/router';
import { LoadState } from '../shared/load-state.component';
import { formatDateTime } from '../shared/time-format';
import { DepartmentRanking } from './department-ranking.component';
import { PortfolioSummary } from './portfolio-summary.component';
import { TownshipRanking } from './township-ranking.component';

/**
 * 月度通报: the office's monthly notice, circulated to departments and leaders. The month is in the address, so a
 * notice can be shared and printed; the running month's figures follow the day's work live.
 */
export function MonthlyNoticePage() {
  const { query } = useLocation();
  const month = query.get('month');
  const { data, error } = useApi<MonthlyNotice>(`/api/notices/monthly${month ? `?month=${encodeURIComponent(month)}` : ''}`);
  const shown = data?.month ?? month ?? '';
  return (
    <>
      <div className="page-heading">
        <h1>{shown ? `${shown.slice(0, 4)}年${Number(shown.slice(5, 7))}月重点项目推进情况通报` : '月度通报'}</h1>
        <label className="notice-month">
          通报月份{' '}
          <input type="month" value={shown} onChange={(event) => event.target.value && navigate(`/notice?month=${event.target.value}`, { replace: true })} />
        </label>
        <button type="button" className="link-button no-print" onClick={() => window.print()}>
          打印
        </button>
      </div>
      {error && <LoadState what="月度通报" error={error} />}
      {data ? (
        <>
          <p className="muted">
            {data.inProgress ? `本月尚未结束，数据截至 ${formatDateTime(data.until)}，随办理进展实时更新。` : '按月末办理情况统计。'}
            排名第一且无超时的通报表扬，有超时、逾期或红灯的点名通报，排名最后者约谈。
          </p>
          <h2>一、总体情况</h2>
          <PortfolioSummary notice={data} />
          <h2>二、部门办件情况</h2>
          <DepartmentRanking departments={data.departments} />
          <h2>三、乡镇（街道）项目推进情况</h2>
          <TownshipRanking townships={data.townships} inProgress={data.inProgress} />
        </>
      ) : (
        !error && <LoadState what="月度通报" />
      )}
    </>
  );
}
