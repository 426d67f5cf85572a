import { useState } from 'react';
import type { BoardRow, Page, ProjectHistory } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { EventHistory } from '../history/event-history.component';
import { PROJECT_STATUS, stageName } from '../shared/labels';
import { LoadState } from '../shared/load-state.component';
import { ChoiceFilter } from '../shared/choice-filter.component';

const SOURCES = { all: '全部', domain: '仅领域事件', workflow: '仅工作流事件' } as const;
type Source = keyof typeof SOURCES;

/** 运维: pick a project, read its whole history (domain events and Temporal's), and open it in the Temporal UI. */
export function OperatorPage({ code }: { code?: string }) {
  return (
    <div className="operator">
      <ProjectPicker selected={code} />
      {code ? <OperatorHistory code={code} /> : <p className="empty">请在左侧选择项目，查看其完整事件记录。</p>}
    </div>
  );
}

/** Enough to pick from; a name or code typed narrows it on the server, however large the portfolio. */
const PICKER_LIMIT = 100;

function ProjectPicker({ selected }: { selected?: string }) {
  const [search, setSearch] = useState('');
  const wanted = search.trim();
  // The list stays while the next answer is on its way, so it does not blink at every character typed.
  const { data, error } = useApi<Page<BoardRow>>(`/api/projects?limit=${PICKER_LIMIT}${wanted ? `&search=${encodeURIComponent(wanted)}` : ''}`, { keepPrevious: true });
  return (
    <aside className="picker panel" aria-label="选择项目">
      <label className="field">
        <span className="field-label">项目名称或代码</span>
        <input name="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {!data && <LoadState what="项目" error={error} />}
      {data && data.total > data.items.length && (
        <p className="muted">
          共 {data.total} 个，显示前 {data.items.length} 个，输入名称或代码查找
        </p>
      )}
      {data?.total === 0 && <p className="empty">没有名称或代码含「{wanted}」的项目。</p>}
      <ul>
        {(data?.items ?? []).map((row) => (
          <li key={row.code} className={row.code === selected ? 'selected' : ''}>
            <Link to={`/operator/${row.code}`}>{row.name}</Link>
            <span className="code">
              {row.code} · {row.currentStage ? stageName(row.currentStage) : PROJECT_STATUS[row.status]}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function OperatorHistory({ code }: { code: string }) {
  const [source, setSource] = useState<Source>('all');
  const { data, error } = useApi<ProjectHistory>(`/api/projects/${encodeURIComponent(code)}/history`, { projectCode: code });
  if (!data) return <LoadState what="事件记录" error={error} />;
  const entries = data.entries.filter((entry) => source === 'all' || entry.source === source);
  const domainCount = data.entries.filter((entry) => entry.source === 'domain').length;
  return (
    <section className="panel history-panel" aria-label="完整事件记录">
      <div className="page-heading">
        <h1>事件记录</h1>
        <Link to={`/projects/${code}`}>项目详情</Link>
        <a href={data.temporalUiUrl} target="_blank" rel="noreferrer" className="external">
          在 Temporal 界面中查看工作流
        </a>
      </div>
      <p className="muted small">
        工作流 {data.workflowId} · 领域事件 {domainCount} 条 · 工作流事件 {data.entries.length - domainCount} 条
      </p>
      {!data.workflowHistoryAvailable && <p className="notice">Temporal 已不再保存此工作流的历史（超过保留期），以下仅有领域事件。</p>}
      <ChoiceFilter label="显示" name="source" value={source} choices={Object.entries(SOURCES) as [Source, string][]} onChange={setSource} />
      <EventHistory entries={entries} detailed />
    </section>
  );
}
