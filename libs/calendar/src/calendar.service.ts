import { Injectable } from '@nestjs/common';
import { WorkingDayCalendar } from '@keystone/domain';
import { officialCalendarYears } from './official-schedule';

/** The working-day calendar deadlines are computed with, and the version that names its data. */
@Injectable()
export class CalendarService {
  private readonly years = officialCalendarYears();
  readonly calendar = new WorkingDayCalendar(this.years);
  readonly version = this.years[this.years.length - 1]?.source ?? 'weekdays-only';
}
