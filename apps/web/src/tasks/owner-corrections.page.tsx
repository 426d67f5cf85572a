import { useState } from 'react';
import { apiPost } from '../api/api.client';
import type { InboxTask, Page } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { ReportReminder } from '../investment/report-reminder.component';
import { useNames } from '../reference/reference-names.context';
import { stageName } from '../shared/labels';
import { LoadState } from '../shared/load-state.component';
import { RefusalNotice } from '../shared/refusal-notice.component';
import { useAction } from '../shared/use-action.hook';
import { AwaitingApplications } from './awaiting-applications.component';

/**
 * 补正事项: the owner unit's tasks returned for correction (the API shows an owner its own projects only), its
 * monthly reports still to make and the applications its built projects wait for.
 */
export function OwnerCorrectionsPage() {
  const returned = useApi<Page<InboxTask>>('/api/tasks?status=returned&limit=1000');
  const [resubmitted, setResubmitted] = useState('');
  return (
    <>
      <div className="page-heading">
        <h1>补正事项</h1>
        {returned.data && <span className="muted">待补正 {returned.data.total} 件 · 补正期间不计入部门办理时限</span>}
      </div>
      <ReportReminder />
      <AwaitingApplications />
      {resubmitted && (
        <p className="success" role="status">
          {resubmitted}
        </p>
      )}
      {returned.data ? (
        <div className="task-list">
          {returned.data.items.length ? (
            returned.data.items.map((task) => <CorrectionCard key={task.id} task={task} onResubmitted={setResubmitted} />)
          ) : (
            <p className="empty">没有需要补正的事项。</p>
          )}
        </div>
      ) : (
        <LoadState what="补正事项" error={returned.error} />
      )}
    </>
  );
}

function CorrectionCard({ task, onResubmitted }: { task: InboxTask; onResubmitted: (message: string) => void }) {
  const names = useNames();
  const [comment, setComment] = useState('');
  const resubmit = useAction(() => apiPost(`/api/tasks/${encodeURIComponent(task.id)}/resubmit`, { comment }));
  const send = async () => {
    if (await resubmit.perform()) onResubmitted(`${task.projectName} · ${task.name}：已提交补正，${names.department(task.department)}重新开始计时。`);
  };
  return (
    <article className="task-card" data-task={task.id} data-project={task.projectCode}>
      <header className="task-head">
        <Link to={`/projects/${task.projectCode}`} className="project-name">
          {task.projectName}
        </Link>
        <span className="muted">{names.township(task.township)}</span>
      </header>
      <p className="task-name">
        {stageName(task.stage)} · {task.name} · {names.department(task.department)}
      </p>
      <p className="muted small">退回理由：{task.returnReason ?? '—'}</p>
      <div className="decision">
        <label className="field">
          <span className="field-label">补正说明</span>
          <textarea name="comment" rows={2} value={comment} onChange={(event) => setComment(event.target.value)} placeholder="已补充的材料" />
        </label>
        <div className="form-buttons">
          <button type="button" className="primary" disabled={resubmit.pending} onClick={() => void send()}>
            提交补正
          </button>
        </div>
        {resubmit.refusal && <RefusalNotice action="提交补正" refusal={resubmit.refusal} />}
      </div>
    </article>
  );
}
