import { beijingMonth, monthStart, nextMonth } from '../calendar/calendar-months';
import { DomainError } from '../errors';

/** 月月看、季度比、半年评、年终考: a notice covers a month, a quarter, a half-year or a year. */
export type NoticePeriodKind = 'month' | 'quarter' | 'half' | 'year';

/** The period a notice (通报) covers, in Beijing time. */
export interface NoticePeriod {
  /** YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY. */
  period: string;
  kind: NoticePeriodKind;
  /** Its months, YYYY-MM, in order. */
  months: string[];
  /** Its latest month begun: the month whose investment reports are chased. */
  latestMonth: string;
  /** 00:00 Beijing time on its first day. */
  from: Date;
  /** 00:00 Beijing time on the day after its last, or now while it is still running. */
  until: Date;
  /** The period has not ended: its figures are as of now and will still change. */
  inProgress: boolean;
}

const FORMATS: { kind: NoticePeriodKind; pattern: RegExp; months: (year: number, part: number) => number[] }[] = [
  { kind: 'month', pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, months: (_, month) => [month] },
  { kind: 'quarter', pattern: /^(\d{4})-Q([1-4])$/, months: (_, quarter) => [1, 2, 3].map((offset) => (quarter - 1) * 3 + offset) },
  { kind: 'half', pattern: /^(\d{4})-H([12])$/, months: (_, half) => [1, 2, 3, 4, 5, 6].map((offset) => (half - 1) * 6 + offset) },
  { kind: 'year', pattern: /^(\d{4})()$/, months: () => Array.from({ length: 12 }, (_, index) => index + 1) },
];

/**
 * The period named by `period`, or the running month when none is given. One not yet begun has nothing to report,
 * and is refused naming `field`.
 */
export function noticePeriod(period: string | undefined, now: Date, field = 'period'): NoticePeriod {
  const current = beijingMonth(now);
  const chosen = period ?? current;
  const format = FORMATS.find(({ pattern }) => pattern.test(chosen));
  if (!format) throw DomainError.invalid(field, 'must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY');
  const [, year, part] = format.pattern.exec(chosen)!;
  const months = format.months(Number(year), Number(part)).map((month) => `${year}-${String(month).padStart(2, '0')}`);
  if (months[0] > current) throw DomainError.invalid(field, 'must not be after the current month (China time)');
  const end = monthStart(nextMonth(months[months.length - 1]));
  const inProgress = now < end;
  return {
    period: chosen,
    kind: format.kind,
    months,
    latestMonth: months.filter((month) => month <= current).at(-1)!,
    from: monthStart(months[0]),
    until: inProgress ? now : end,
    inProgress,
  };
}

const QUARTERS = ['一', '二', '三', '四'];

/** Whether `period` names a month, a quarter, a half-year or a year; a malformed one is taken for a month. */
export function periodKind(period: string): NoticePeriodKind {
  return FORMATS.find(({ pattern }) => pattern.test(period))?.kind ?? 'month';
}

/** How a notice's title names its period: 2026年11月, 2026年第三季度, 2026年上半年, 2026年度. */
export function periodTitle(period: string): string {
  const kind = periodKind(period);
  const year = period.slice(0, 4);
  const part = Number(period.slice(6));
  if (kind === 'quarter') return `${year}年第${QUARTERS[part - 1]}季度`;
  if (kind === 'half') return `${year}年${part === 1 ? '上' : '下'}半年`;
  if (kind === 'year') return `${year}年度`;
  return `${year}年${Number(period.slice(5, 7))}月`;
}
