import { WorkingDayCalendar } from '../calendar';
import { EscalationLevels, TimeLimit, durationMillis, isWorkingDayLimit } from '../templates';
import { PlannedInstants } from './project-commands';
import { StageDeadline } from './stage-deadline';

/**
 * Duration limits (demos, tests) have no working days to count extensions and the second level in, so a
 * duration is read as a ten-working-day limit, the common county promise: one working day is a tenth of it.
 */
const WORKING_DAYS_PER_DURATION_LIMIT = 10;

/** How much of a stage clock is spent, and how much longer it was made. */
export interface ClockProgress {
  /** Working days, or ms for a duration limit, counted before this run of the clock. */
  used: number;
  extensionWorkingDays: number;
}

const FRESH: ClockProgress = { used: 0, extensionWorkingDays: 0 };

/** The instants at which a stage clock running from `start` turns yellow, red and second-level. */
export function planStageDeadline(
  calendar: WorkingDayCalendar,
  calendarVersion: string,
  start: Date,
  limit: TimeLimit,
  levels: EscalationLevels,
  progress: ClockProgress = FRESH,
): StageDeadline {
  if (!isWorkingDayLimit(limit)) {
    const perDay = durationMillis(limit.duration) / WORKING_DAYS_PER_DURATION_LIMIT;
    const total = perDay * (WORKING_DAYS_PER_DURATION_LIMIT + progress.extensionWorkingDays);
    const at = (millis: number) => new Date(start.getTime() + Math.max(0, Math.round(millis))).toISOString();
    const remaining = total - progress.used;
    return {
      dueAt: at(remaining),
      warnAt: at(total * levels.warningShare - progress.used),
      secondLevelAt: at(remaining + perDay * levels.secondLevelAfterWorkingDays),
      calendarVersion: 'duration',
      fallbackYears: [],
    };
  }
  const total = limit.workingDays + progress.extensionWorkingDays;
  // Yellow comes at least one working day before red, as county warning practice has it.
  const warningDays = Math.min(total - 1, Math.round(total * levels.warningShare));
  const remaining = Math.max(0, total - progress.used);
  const due = calendar.addWorkingDays(start, remaining);
  const second = calendar.addWorkingDays(start, remaining + levels.secondLevelAfterWorkingDays);
  return {
    dueAt: due.dueAt.toISOString(),
    warnAt: calendar.addWorkingDays(start, Math.max(0, warningDays - progress.used)).dueAt.toISOString(),
    secondLevelAt: second.dueAt.toISOString(),
    calendarVersion,
    fallbackYears: [...new Set([...due.fallbackYears, ...second.fallbackYears])].sort(),
  };
}

/** Time a stopped clock had used in its last run: whole working days, or ms for a duration limit. */
export function measureClockUse(calendar: WorkingDayCalendar, since: Date, until: Date, limit: TimeLimit): number {
  if (!isWorkingDayLimit(limit)) return Math.max(0, until.getTime() - since.getTime());
  return calendar.workingDaysBetween(since, until);
}

/** A fixed deadline date (expected end of a suspension, a rectification deadline): red at its end, then the second level. */
export function planFixedDeadline(calendar: WorkingDayCalendar, calendarVersion: string, dueDate: string, secondLevelAfterWorkingDays: number): PlannedInstants {
  const endOfDay = calendar.addWorkingDays(new Date(`${dueDate}T00:00:00+08:00`), 0).dueAt;
  const second = calendar.addWorkingDays(new Date(`${dueDate}T00:00:00+08:00`), secondLevelAfterWorkingDays).dueAt;
  return { instants: { red: endOfDay.toISOString(), 'second-level': second.toISOString() }, calendarVersion };
}
