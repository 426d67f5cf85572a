import type { BoardRow, Page } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { navigate, useLocation } from '../app/router';
import { LoadState } from '../shared/load-state.component';
import { BoardFilters, FILTER_KEYS } from './board-filters.component';
import { BoardSummary } from './board-summary.component';
import { BoardTable } from './board-table.component';

const SEVERITY: Record<string, number> = { red: 0, yellow: 1, green: 2 };

/** Red first, then yellow, then the rest, as a battle map is read; otherwise in the API's order (by code). */
function bySeverity(a: BoardRow, b: BoardRow): number {
  return (SEVERITY[a.light ?? ''] ?? 3) - (SEVERITY[b.light ?? ''] ?? 3);
}

/** The API answers at most this many rows at once; a county's key projects number in the tens to hundreds. */
const LIMIT = 1000;

/** 挂图作战: every project, its stage, light, time left and leader, filtered and counted; it follows changes live. */
export function BoardPage() {
  const { query } = useLocation();
  const filters = new URLSearchParams(FILTER_KEYS.flatMap((key) => (query.get(key) ? [[key, query.get(key)!]] : [])));
  filters.set('limit', String(LIMIT));
  const { data, error } = useApi<Page<BoardRow>>(`/api/projects?${filters}`);
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
      </div>
      <BoardFilters query={query} />
      {error && <LoadState what="项目" error={error} />}
      {data ? (
        <>
          <BoardSummary rows={data.items} onLight={showLight} />
          {data.items.length ? <BoardTable rows={[...data.items].sort(bySeverity)} /> : <p className="empty">没有符合条件的项目。</p>}
        </>
      ) : (
        !error && <LoadState what="项目" />
      )}
    </>
  );
}
