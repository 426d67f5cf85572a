/**
 * A stage clock's instants, computed by an activity from the working-day calendar and handed to the
 * workflow, so that a later calendar correction never changes the replay of a running project.
 */
export interface StageDeadline {
  dueAt: string;
  warnAt: string;
  secondLevelAt: string;
  /** Which calendar data the instants were computed with. */
  calendarVersion: string;
  /** Years crossed with no official data, where Monday–Friday was assumed. */
  fallbackYears: number[];
}
