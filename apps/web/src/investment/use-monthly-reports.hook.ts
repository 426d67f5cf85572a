import type { LateMonths, MonthlyReports } from '../api/api.types';
import { ApiData, useApi } from '../api/use-api.hook';

// A month's reports come from a read model that follows the log within a poll (a quarter second): a refresh a
// second after a change reads the report that caused it.
const REFRESH_AFTER_MS = 1_000;

/**
 * The first `limit` projects of a month's reports with the month's counts: the month being reported when
 * `month` is undefined, nothing while it is null.
 */
export function useMonthlyReports(month: string | null | undefined, limit: number): ApiData<MonthlyReports> {
  const path = month === null ? null : `/api/investment-reports?limit=${limit}${month ? `&month=${encodeURIComponent(month)}` : ''}`;
  return useApi<MonthlyReports>(path, { coalesceMs: REFRESH_AFTER_MS });
}

/** The earlier months the signed-in owner's projects (everyone's, for the office) have still not reported. */
export function useLateMonths(): ApiData<LateMonths> {
  return useApi<LateMonths>('/api/investment-reports/late-months', { coalesceMs: REFRESH_AFTER_MS });
}
