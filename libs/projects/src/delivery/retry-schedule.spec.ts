import { loadConfig } from '@keystone/config';
import { retryDelay, retryWindow } from './retry-schedule';

describe('the delivery retry schedule', () => {
  const schedule = { baseMs: 1000, capMs: 10_000, maxAttempts: 6 };

  it('doubles the wait after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelay(attempt, schedule))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('keeps retrying for the sum of the waits between the attempts', () => {
    expect(retryWindow(schedule)).toBe(1000 + 2000 + 4000 + 8000 + 10_000);
  });

  it('outlasts a receiver down for an hour with the default settings, retrying at least every five minutes', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://unused', JWT_SECRET: 'k'.repeat(32) });
    const defaults = { baseMs: config.DELIVERY_BACKOFF_BASE_MS, capMs: config.DELIVERY_BACKOFF_CAP_MS, maxAttempts: config.DELIVERY_MAX_ATTEMPTS };
    expect(retryWindow(defaults)).toBeGreaterThan(3_600_000);
    expect(defaults.capMs).toBeLessThanOrEqual(300_000);
  });
});
