import { noticePeriod } from '@keystone/domain';
import type { NoticePeriodKind as PeriodKind } from '@keystone/domain';

export { periodKind, periodTitle } from '@keystone/domain';
export type { PeriodKind };

/** 月月看、季度比、半年评、年终考: the periods a notice covers, as the API names them (YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY). */
export const PERIOD_KINDS: { kind: PeriodKind; label: string }[] = [
  { kind: 'month', label: '月度' },
  { kind: 'quarter', label: '季度' },
  { kind: 'half', label: '半年' },
  { kind: 'year', label: '年度' },
];

/** The period of `kind` that holds `month` (YYYY-MM): switching from 月度 to 季度 keeps the time one was looking at. */
export function periodOf(kind: PeriodKind, month: string): string {
  const year = month.slice(0, 4);
  const monthOfYear = Number(month.slice(5, 7));
  if (kind === 'quarter') return `${year}-Q${Math.ceil(monthOfYear / 3)}`;
  if (kind === 'half') return `${year}-H${monthOfYear <= 6 ? 1 : 2}`;
  return kind === 'year' ? year : month;
}

/** Whether the period asked for is over, so its notice no longer changes; the running month when none is asked. */
export function periodHasEnded(period: string | null, now = new Date()): boolean {
  try {
    return period !== null && !noticePeriod(period, now).inProgress;
  } catch {
    // A period the API will refuse: the page shows the refusal, and nothing changes.
    return true;
  }
}
