import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { CalendarService } from '@keystone/calendar';

/**
 * Always up: a missing year only means deadlines there assume Monday to Friday. It lists what the operator has to
 * import (the current and next year when absent) and the years still awaiting the State Council's notice.
 */
@Injectable()
export class CalendarHealthIndicator {
  constructor(
    private readonly calendars: CalendarService,
    private readonly health: HealthIndicatorService,
  ) {}

  isHealthy(key: string) {
    const { version, missingYears, unconfirmedYears } = this.calendars.coverage(new Date());
    return this.health.check(key).up({ version, missingYears, unconfirmedYears });
  }
}
