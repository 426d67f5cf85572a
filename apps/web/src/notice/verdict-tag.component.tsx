import type { NoticeVerdict } from '../api/api.types';
import { NOTICE_VERDICTS } from '../shared/labels';

export function VerdictTag({ verdict }: { verdict: NoticeVerdict }) {
  if (verdict === 'none') return null;
  return <span className={`verdict verdict-${verdict}`}>{NOTICE_VERDICTS[verdict]}</span>;
}
