import { beijingMonth, pastOrCurrentMonth } from '../calendar/calendar-months';

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

/** The month named by `month` (YYYY-MM), or the current one when none is given; a month not yet begun has nothing to report. */
export function noticeMonth(month: string | undefined, now: Date): NoticeMonth {
  const chosen = pastOrCurrentMonth(month ?? beijingMonth(now), now);
  const [year, monthOfYear] = chosen.split('-').map(Number);
  const next = monthOfYear === 12 ? `${year + 1}-01` : `${year}-${String(monthOfYear + 1).padStart(2, '0')}`;
  const end = startOfMonth(next);
  const inProgress = now < end;
  return { month: chosen, from: startOfMonth(chosen), until: inProgress ? now : end, inProgress };
}

function startOfMonth(month: string): Date {
  return new Date(`${month}-01T00:00:00+08:00`);
}
