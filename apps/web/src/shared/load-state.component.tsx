import { ApiRefusal } from '../api/api-refusal.error';
import { RefusalNotice } from './refusal-notice.component';

/** Shown while a page's data is on its way, or instead of it when the API refused to give it. */
export function LoadState({ what, error }: { what: string; error?: ApiRefusal }) {
  if (error) return <RefusalNotice action={`加载${what}`} refusal={error} />;
  return <p className="muted">正在加载{what}…</p>;
}
