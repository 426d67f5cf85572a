import { beijingDate } from '../calendar/working-day-calendar';
import { DomainError } from '../errors';

/** The month a monthly notice (月度通报) covers, in Beijing time. */
export interface NoticeMonth {
  /** YYYY-MM */
  month: string;
  /** 00:00 Beijing time on the 1st. */
  from: Date;
  /** 00:00 Beijing time on the 1st of the next month, or now while the month is still running. */
  until: Date;
  /** The month has not ended: its figures are as of now and will still change. */
  inProgress: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month named by `month` (YYYY-MM), or the current one when none is given; a month not yet begun has nothing to report. */
export function noticeMonth(month: string | undefined, now: Date): NoticeMonth {
  const current = beijingDate(now).slice(0, 7);
  const chosen = month ?? current;
  const match = MONTH.exec(chosen);
  if (!match) throw DomainError.invalid('month', 'must be a month as YYYY-MM, e.g. 2026-11');
  if (chosen > current) throw DomainError.invalid('month', 'must not be after the current month (China time)');
  const year = Number(match[1]);
  const next = match[2] === '12' ? `${year + 1}-01` : `${year}-${String(Number(match[2]) + 1).padStart(2, '0')}`;
  const end = startOfMonth(next);
  const inProgress = now < end;
  return { month: chosen, from: startOfMonth(chosen), until: inProgress ? now : end, inProgress };
}

function startOfMonth(month: string): Date {
  return new Date(`${month}-01T00:00:00+08:00`);
}
