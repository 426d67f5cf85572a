import type { BoardRow, BoardSummary as Summary, Page } from '../api/api.types';
import { apiDownload } from '../api/api.client';
import { useApi } from '../api/use-api.hook';
import { navigate, useLocation } from '../app/router';
import { LoadState } from '../shared/load-state.component';
import { RefusalNotice } from '../shared/refusal-notice.component';
import { useAction } from '../shared/use-action.hook';
import { BoardFilters, FILTER_KEYS } from './board-filters.component';
import { BoardSummary } from './board-summary.component';
import { BoardTable } from './board-table.component';

/** The API answers at most this many rows at once; the counts above them cover every project however many. */
const LIMIT = 1000;

/** 挂图作战: every project, its stage, light, time left and leader, filtered and counted; it follows changes live. */
export function BoardPage() {
  const { query } = useLocation();
  const filters = new URLSearchParams(FILTER_KEYS.flatMap((key) => (query.get(key) ? [[key, query.get(key)!]] : [])));
  // Red first, then yellow, as a battle map is read: the rows beyond the first page are the least urgent.
  const { data, error } = useApi<Page<BoardRow>>(`/api/projects?${filters}&order=severity&limit=${LIMIT}`);
  const summary = useApi<Summary>(`/api/projects/summary?${filters}`);
  const download = useAction(() => apiDownload(`/api/projects/export?${filters}`));
  const showLight = (light: string) => {
    const next = new URLSearchParams(query);
    next.set('light', light);
    navigate(`/board?${next}`, { replace: true });
  };
  return (
    <>
      <div className="page-heading">
        <h1>挂图作战</h1>
        {data && <span className="muted">共 {data.total} 个项目{data.total > data.items.length && `，显示前 ${data.items.length} 个`}</span>}
        <button type="button" className="heading-action" onClick={() => void download.perform()} disabled={download.pending}>
          导出表格
        </button>
      </div>
      <BoardFilters query={query} />
      {download.refusal && <RefusalNotice action="导出表格" refusal={download.refusal} />}
      {error && <LoadState what="项目" error={error} />}
      {data ? (
        <>
          {summary.data && <BoardSummary summary={summary.data} onLight={showLight} />}
          {data.items.length ? <BoardTable rows={data.items} /> : <p className="empty">没有符合条件的项目。</p>}
        </>
      ) : (
        !error && <LoadState what="项目" />
      )}
    </>
  );
}
