import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@keystone/access';
import { CalendarHealthIndicator } from './calendar.health';
import { TemporalHealthIndicator } from './temporal.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly calendar: CalendarHealthIndicator,
  ) {}

  /** Ready only when both PostgreSQL and Temporal answer; the calendar reports the years an operator has to import. */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.postgres.pingCheck('postgres', { timeout: 2000 }),
      () => this.temporal.isHealthy('temporal'),
      () => this.calendar.isHealthy('calendar'),
    ]);
  }
}
