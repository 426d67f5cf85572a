import type { ApiRefusal } from '../api/api-refusal.error';
import { RefusalNotice } from './refusal-notice.component';

/** The end of a command's form: why the API refused it, if it did, then 确认… and 取消. */
export function FormFooter({ title, pending, refusal, onCancel }: { title: string; pending: boolean; refusal?: ApiRefusal; onCancel: () => void }) {
  return (
    <>
      {refusal && <RefusalNotice action={title} refusal={refusal} />}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? '提交中…' : `确认${title}`}
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </>
  );
}
