/** 月月看、季度比、半年评、年终考: the periods a notice covers, as the API names them (YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY). */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export const PERIOD_KINDS: { kind: PeriodKind; label: string }[] = [
  { kind: 'month', label: '月度' },
  { kind: 'quarter', label: '季度' },
  { kind: 'half', label: '半年' },
  { kind: 'year', label: '年度' },
];

const QUARTERS = ['一', '二', '三', '四'];

export function periodKind(period: string): PeriodKind {
  if (/-Q\d$/.test(period)) return 'quarter';
  if (/-H\d$/.test(period)) return 'half';
  return /^\d{4}$/.test(period) ? 'year' : 'month';
}

/** How the notice's title names its period: 2026年11月, 2026年第三季度, 2026年上半年, 2026年度. */
export function periodTitle(period: string): string {
  const year = period.slice(0, 4);
  const part = Number(period.slice(6));
  switch (periodKind(period)) {
    case 'quarter':
      return `${year}年第${QUARTERS[part - 1]}季度`;
    case 'half':
      return `${year}年${part === 1 ? '上' : '下'}半年`;
    case 'year':
      return `${year}年度`;
    default:
      return `${year}年${Number(period.slice(5, 7))}月`;
  }
}

/** The period of `kind` that holds `month` (YYYY-MM): switching from 月度 to 季度 keeps the time one was looking at. */
export function periodOf(kind: PeriodKind, month: string): string {
  const year = month.slice(0, 4);
  const monthOfYear = Number(month.slice(5, 7));
  if (kind === 'quarter') return `${year}-Q${Math.ceil(monthOfYear / 3)}`;
  if (kind === 'half') return `${year}-H${monthOfYear <= 6 ? 1 : 2}`;
  return kind === 'year' ? year : month;
}
