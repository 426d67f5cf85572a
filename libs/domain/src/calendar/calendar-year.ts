/**
 * One year of the national working-day schedule as the State Council publishes it (dates 'YYYY-MM-DD', Beijing time).
 * The schedule can change mid-year (2019, 2020), so `confirmed: false` marks data an operator entered before or
 * without the official notice.
 */
export interface CalendarYear {
  year: number;
  /** Statutory days off as published, weekend days included. */
  holidays: string[];
  /** 调休上班: weekend days that are working days. */
  makeUpWorkdays: string[];
  confirmed: boolean;
  /** Where the data came from, e.g. `chinese-days@1.5.7` or the notice number. */
  source: string;
}
