import { apiPost } from '../api/api.client';
import type { Page, Problem } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { CommandBar } from '../shared/command-bar.component';
import { LoadState } from '../shared/load-state.component';
import { formatDate, formatDateTime } from '../shared/time-format';

/** 问题清单: each problem with its responsible unit and rectification deadline; those who may can close it. */
export function ProblemList({ query, canClose, showProject }: { query: string; canClose: boolean; showProject: boolean }) {
  const names = useNames();
  const { data, error, reload } = useApi<Page<Problem>>(`/api/problems?${query}`);
  if (!data) return <LoadState what="问题清单" error={error} />;
  if (!data.items.length) return <p className="empty">没有问题。</p>;
  return (
    <ul className="problems">
      {data.items.map((problem) => (
        <li key={problem.id} className={`problem problem-${problem.status}`}>
          <p>
            {showProject && (
              <Link to={`/projects/${problem.projectCode}`} className="project-name">
                {problem.projectName}
              </Link>
            )}
            <strong>{problem.description}</strong>
          </p>
          <p className="muted small">
            责任单位 {names.department(problem.responsibleUnit)} · 整改期限 {formatDate(problem.rectificationDeadline)} · 提出于 {formatDateTime(problem.raisedAt)}
            {problem.status === 'closed' ? ` · 已销号：${problem.closingNote ?? ''}` : ' · 整改中'}
          </p>
          {canClose && problem.status === 'open' && (
            <CommandBar
              onDone={reload}
              commands={[{ label: '问题销号', fields: [{ name: 'note', label: '整改结果', kind: 'textarea' }], submit: ({ note }) => apiPost(`/api/problems/${encodeURIComponent(problem.id)}/close`, { note }) }]}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
