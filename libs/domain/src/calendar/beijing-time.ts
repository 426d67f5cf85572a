import { BEIJING_OFFSET_MS, DAY_MS } from './calendar-dates';
import { beijingDate } from './working-day-calendar';

/** An instant as a county's people read it, in Beijing time whatever the reader's device is set to: YYYY-MM-DD HH:MM. */
export function beijingDateTime(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A deadline as people say it: a limit ends at the Beijing midnight after its last working day, which reads as
 * that day (限办 2026-12-14), not as 00:00 of the next; a deadline within a day (demos, tests) keeps its time.
 */
export function beijingDeadline(instant: Date): string {
  const time = instant.getTime();
  return (time + BEIJING_OFFSET_MS) % DAY_MS === 0 ? beijingDate(new Date(time - 1)) : beijingDateTime(instant);
}
