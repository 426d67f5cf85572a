import { apiPost } from '../api/api.client';
import type { Actor, Notice } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { navigate, useLocation } from '../app/router';
import { CommandBar } from '../shared/command-bar.component';
import { LoadState } from '../shared/load-state.component';
import { currentMonth, formatDateTime } from '../shared/time-format';
import { DepartmentRanking } from './department-ranking.component';
import { PERIOD_KINDS, PeriodKind, periodHasEnded, periodKind, periodOf, periodTitle } from './notice-period';
import { PortfolioSummary } from './portfolio-summary.component';
import { TownshipRanking } from './township-ranking.component';

const NOTICE_REFRESH_MS = 30_000;

/**
 * 通报: the office's notice of a month (一月一通报), a quarter, a half-year or a year, circulated to departments and
 * leaders. The period is in the address, so a notice can be shared and printed; a running period follows the day's
 * work live.
 */
export function NoticePage({ actor }: { actor: Actor }) {
  const { query } = useLocation();
  const asked = query.get('period');
  // A notice is a dozen aggregate queries: a running period follows the day's work every half minute, an ended one not at all.
  const live = !periodHasEnded(asked);
  const { data, error, reload } = useApi<Notice>(`/api/notices${asked ? `?period=${encodeURIComponent(asked)}` : ''}`, { live, coalesceMs: NOTICE_REFRESH_MS });
  const period = data?.period ?? asked ?? '';
  const show = (next: string) => next && navigate(`/notice?period=${encodeURIComponent(next)}`, { replace: true });
  return (
    <>
      <div className="page-heading">
        <h1>{period ? `${periodTitle(period)}重点项目推进情况通报` : '通报'}</h1>
        {/* Also while a period loads and after one the API refuses, so another can be chosen. */}
        <PeriodPicker period={period || currentMonth()} latestMonth={data?.latestMonth ?? currentMonth()} onChange={show} />
        <button type="button" className="link-button no-print" onClick={() => window.print()}>
          打印
        </button>
      </div>
      {error && <LoadState what="通报" error={error} />}
      {data ? (
        <>
          <NoticeIssue notice={data} canIssue={actor.role === 'office'} onIssued={reload} />
          <p className="muted">
            {data.inProgress ? `本期尚未结束，数据截至 ${formatDateTime(data.until)}，每半分钟随办理进展更新。` : '按期末办理情况统计。'}
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
        !error && <LoadState what="通报" />
      )}
    </>
  );
}

/** 印发: once its period has ended the office issues a notice, once; it then says when, by whom and to how many groups. */
function NoticeIssue({ notice, canIssue, onIssued }: { notice: Notice; canIssue: boolean; onIssued: () => void }) {
  if (notice.issued) {
    return (
      <p className="success" data-testid="notice-issued">
        已于 {formatDateTime(notice.issued.issuedAt)} 由 {notice.issued.issuedBy} 印发，推送至 {notice.issued.deliveries} 个工作群。
      </p>
    );
  }
  if (!canIssue || notice.inProgress) return null;
  const path = `/api/notices/${encodeURIComponent(notice.period)}/issue`;
  return <CommandBar onDone={onIssued} commands={[{ label: '印发通报', fields: [], submit: () => apiPost(path) }]} />;
}

/** 月度 / 季度 / 半年 / 年度, and which one: a month, or the year with its quarter or half. */
function PeriodPicker({ period, latestMonth, onChange }: { period: string; latestMonth: string; onChange: (period: string) => void }) {
  const kind = periodKind(period);
  const year = period.slice(0, 4);
  return (
    <span className="period-picker no-print">
      <select aria-label="通报周期" value={kind} onChange={(event) => onChange(periodOf(event.target.value as PeriodKind, latestMonth))}>
        {PERIOD_KINDS.map((option) => (
          <option key={option.kind} value={option.kind}>
            {option.label}
          </option>
        ))}
      </select>
      {kind === 'month' ? (
        <input type="month" aria-label="通报月份" value={period} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="number" aria-label="通报年份" value={year} min={2000} max={2100} onChange={(event) => onChange(`${event.target.value}${period.slice(4)}`)} />
      )}
      {(kind === 'quarter' || kind === 'half') && (
        <select aria-label={kind === 'quarter' ? '季度' : '半年'} value={period.slice(5)} onChange={(event) => onChange(`${year}-${event.target.value}`)}>
          {(kind === 'quarter' ? ['Q1', 'Q2', 'Q3', 'Q4'] : ['H1', 'H2']).map((part) => (
            <option key={part} value={part}>
              {periodTitle(`${year}-${part}`).slice(5)}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
