import { WorkingDayCalendar } from '../calendar';
import { EscalationLevels, TimeLimit, durationMillis, isWorkingDayLimit } from '../templates';
import { StageDeadline } from './stage-deadline';

/**
 * Duration limits (demos, tests) have no working days to count the second level in, so they are read as
 * a ten-working-day limit, the common county promise: five days after it becomes half the limit again.
 */
const WORKING_DAYS_PER_DURATION_LIMIT = 10;

/** The instants at which a stage opened at `openedAt` turns yellow, red and second-level. */
export function planStageDeadline(
  calendar: WorkingDayCalendar,
  calendarVersion: string,
  openedAt: Date,
  limit: TimeLimit,
  levels: EscalationLevels,
): StageDeadline {
  if (!isWorkingDayLimit(limit)) {
    const millis = durationMillis(limit.duration);
    const at = (share: number) => new Date(openedAt.getTime() + Math.round(millis * share)).toISOString();
    return {
      dueAt: at(1),
      warnAt: at(levels.warningShare),
      secondLevelAt: at(1 + levels.secondLevelAfterWorkingDays / WORKING_DAYS_PER_DURATION_LIMIT),
      calendarVersion: 'duration',
      fallbackYears: [],
    };
  }
  const days = limit.workingDays;
  // Yellow comes at least one working day before red, as county warning practice has it.
  const warningDays = Math.min(days - 1, Math.round(days * levels.warningShare));
  const due = calendar.addWorkingDays(openedAt, days);
  const second = calendar.addWorkingDays(openedAt, days + levels.secondLevelAfterWorkingDays);
  return {
    dueAt: due.dueAt.toISOString(),
    warnAt: calendar.addWorkingDays(openedAt, Math.max(0, warningDays)).dueAt.toISOString(),
    secondLevelAt: second.dueAt.toISOString(),
    calendarVersion,
    fallbackYears: [...new Set([...due.fallbackYears, ...second.fallbackYears])].sort(),
  };
}
