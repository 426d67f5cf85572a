export interface RetrySchedule {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

/** The wait after the given number of failed attempts: doubling from the base, never longer than the cap. */
export function retryDelay(failedAttempts: number, { baseMs, capMs }: RetrySchedule): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** How long a delivery keeps being retried before it is given up. */
export function retryWindow(schedule: RetrySchedule): number {
  let total = 0;
  for (let attempt = 1; attempt < schedule.maxAttempts; attempt++) total += retryDelay(attempt, schedule);
  return total;
}
