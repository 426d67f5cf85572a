import { useState } from 'react';
import { apiPost } from '../api/api.client';
import type { InboxTask } from '../api/api.types';
import { RefusalNotice } from '../shared/refusal-notice.component';
import { useAction } from '../shared/use-action.hook';

type Decision = 'approve' | 'return' | 'refuse';

const DECISIONS: Record<Decision, string> = { approve: '通过', return: '退回补正', refuse: '不予许可' };

/**
 * 通过, 退回补正 or 不予许可 with a comment. A refusal ends the whole project, so it asks once more. The reason
 * a return or refusal needs is the API's rule; its refusal is shown here when the comment is missing.
 */
export function TaskDecision({ task, onDecided }: { task: InboxTask; onDecided: (message: string) => void }) {
  const [comment, setComment] = useState('');
  const [confirmingRefusal, setConfirmingRefusal] = useState(false);
  const [tried, setTried] = useState<Decision>('approve');
  const decide = useAction((decision: Decision) => apiPost(`/api/tasks/${encodeURIComponent(task.id)}/decision`, { decision, comment }));
  const send = async (decision: Decision) => {
    setTried(decision);
    setConfirmingRefusal(false);
    if (await decide.perform(decision)) onDecided(`${task.projectName} · ${task.name}：已${DECISIONS[decision]}。`);
  };
  return (
    <div className="decision">
      <label className="field">
        <span className="field-label">意见/理由</span>
        <textarea name="comment" rows={2} value={comment} onChange={(event) => setComment(event.target.value)} placeholder="退回补正、不予许可须写明理由" />
      </label>
      <div className="form-buttons">
        <button type="button" className="primary" disabled={decide.pending} onClick={() => void send('approve')}>
          通过
        </button>
        <button type="button" disabled={decide.pending} onClick={() => void send('return')}>
          退回补正
        </button>
        {confirmingRefusal ? (
          <button type="button" className="danger" disabled={decide.pending} onClick={() => void send('refuse')}>
            确认不予许可（项目将终止）
          </button>
        ) : (
          <button type="button" className="danger-outline" disabled={decide.pending} onClick={() => setConfirmingRefusal(true)}>
            不予许可
          </button>
        )}
      </div>
      {decide.refusal && <RefusalNotice action={DECISIONS[tried]} refusal={decide.refusal} />}
    </div>
  );
}
