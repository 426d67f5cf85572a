import { useState } from 'react';
import type { InboxTask, Page } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { stageName } from '../shared/labels';
import { LoadState } from '../shared/load-state.component';
import { formatDateTime, formatDeadline, workingDaysLeft } from '../shared/time-format';
import { useNow } from '../shared/use-now.hook';
import { TaskDecision } from './task-decision.component';

/** 部门待办: the department's pending tasks, the most urgent first (the API orders them by deadline). */
export function DepartmentInboxPage() {
  const pending = useApi<Page<InboxTask>>('/api/tasks?status=pending&limit=1000');
  const returned = useApi<Page<InboxTask>>('/api/tasks?status=returned&limit=1000');
  const [decided, setDecided] = useState('');
  return (
    <>
      <div className="page-heading">
        <h1>部门待办</h1>
        {pending.data && (
          <span className="muted">
            待办理 {pending.data.total} 件{pending.data.total > pending.data.items.length && `，显示最紧急的 ${pending.data.items.length} 件`}
          </span>
        )}
      </div>
      {decided && (
        <p className="success" role="status">
          {decided}
        </p>
      )}
      {pending.data ? (
        <div className="task-list">
          {pending.data.items.length ? pending.data.items.map((task) => <TaskCard key={task.id} task={task} onDecided={setDecided} />) : <p className="empty">暂无待办事项。</p>}
        </div>
      ) : (
        <LoadState what="待办事项" error={pending.error} />
      )}
      <section className="panel" aria-label="退回补正中">
        <h2>退回补正中 · 等待项目业主补正（不计时）</h2>
        {returned.data ? <ReturnedTasks tasks={returned.data.items} /> : <LoadState what="退回事项" error={returned.error} />}
      </section>
    </>
  );
}

function TaskCard({ task, onDecided }: { task: InboxTask; onDecided: (message: string) => void }) {
  const names = useNames();
  const now = useNow();
  const left = task.dueAt ? workingDaysLeft(task.dueAt, task.workingDaysLeft, now) : undefined;
  return (
    <article className={`task-card${left?.overdue ? ' task-overdue' : ''}`} data-task={task.id} data-project={task.projectCode}>
      <header className="task-head">
        <Link to={`/projects/${task.projectCode}`} className="project-name">
          {task.projectName}
        </Link>
        <span className="muted">{names.township(task.township)}</span>
        {left && <span className={left.overdue ? 'overdue' : 'due'}>{left.text}</span>}
      </header>
      <p className="task-name">
        {stageName(task.stage)} · {task.name}
      </p>
      <p className="muted small">
        收件 {formatDateTime(task.assignedAt)} · {task.dueRule === 'promised' ? '承诺办结' : '阶段限办'} {formatDeadline(task.dueAt)}
        {task.returnReason && ` · 曾退回补正：${task.returnReason}`}
        {task.lastComment && task.lastComment !== task.returnReason && ` · 最近意见：${task.lastComment}`}
      </p>
      <TaskDecision task={task} onDecided={onDecided} />
    </article>
  );
}

function ReturnedTasks({ tasks }: { tasks: InboxTask[] }) {
  if (!tasks.length) return <p className="empty">没有退回补正中的事项。</p>;
  return (
    <ul className="returned">
      {tasks.map((task) => (
        <li key={task.id}>
          <Link to={`/projects/${task.projectCode}`}>{task.projectName}</Link> · {task.name} · 退回理由：{task.returnReason ?? '—'}
        </li>
      ))}
    </ul>
  );
}
