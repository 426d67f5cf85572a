/**
 * Days a region changes on top of the national schedule, e.g. Guangxi's 三月三 adds days off and a county may
 * cancel a national make-up day.
 */
export interface RegionalLayer {
  region: string;
  extraHolidays: string[];
  cancelledMakeUpWorkdays: string[];
}
