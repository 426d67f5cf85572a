/**
 * Days a region changes on top of the national schedule, e.g. Guangxi's 三月三 adds days off and a county may
 * cancel a national make-up day.
 */
export interface RegionalLayer {
  region: string;
  extraHolidays: string[];
  cancelledMakeUpWorkdays: string[];
}

export const REGIONAL_DAY_KINDS = ['extra-holiday', 'cancelled-make-up-day'] as const;
export type RegionalDayKind = (typeof REGIONAL_DAY_KINDS)[number];

/** One day of a regional layer as an operator keeps it, with a note saying why (e.g. 三月三). */
export interface RegionalDay {
  date: string;
  kind: RegionalDayKind;
  note: string;
}

export function regionalLayer(region: string, days: readonly RegionalDay[]): RegionalLayer {
  const datesOf = (kind: RegionalDayKind) => days.filter((day) => day.kind === kind).map((day) => day.date).sort();
  return { region, extraHolidays: datesOf('extra-holiday'), cancelledMakeUpWorkdays: datesOf('cancelled-make-up-day') };
}
