import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { CalendarService } from '@keystone/calendar';
import { Role, UserActor, describeActor } from '@keystone/domain';
import { CalendarYearParams } from './calendar-year.params';
import { RegionalYearParams } from './regional-year.params';

// DOMAIN.md: the operator keeps the calendar current; the leading-group office may correct it as well.
const READERS: Role[] = ['office', 'operator', 'admin'];
const WRITERS: Role[] = ['office', 'operator'];

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  /** The years covered, which are unconfirmed, and whether the current or next year is missing. */
  @Get()
  @Roles(...READERS)
  coverage() {
    return this.calendars.coverage(new Date());
  }

  @Get(':year')
  @Roles(...READERS)
  year(@Param() { year }: CalendarYearParams) {
    return this.calendars.describeYear(year);
  }

  /** The body is checked by the domain's calendar rules, which report every problem with its field. */
  @Put(':year')
  @Roles(...WRITERS)
  @ApiBody({
    description: 'The whole schedule of the year; without the State Council notice leave confirmed out (false)',
    schema: { example: { holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [], confirmed: false, source: 'draft before the notice' } },
  })
  importYear(@Param() { year }: CalendarYearParams, @Body() body: unknown, @CurrentActor() actor: UserActor) {
    return this.calendars.importYear(year, body, describeActor(actor));
  }

  @Get('regions/:region/:year')
  @Roles(...READERS)
  regionalDays(@Param() { region, year }: RegionalYearParams) {
    return this.calendars.regionalDays(region, year);
  }

  @Put('regions/:region/:year')
  @Roles(...WRITERS)
  @ApiBody({
    description: "The region's days in the year, replacing what it had",
    schema: { example: { days: [{ date: '2027-04-09', kind: 'extra-holiday', note: '三月三' }, { date: '2027-02-20', kind: 'cancelled-make-up-day' }] } },
  })
  importRegionalDays(@Param() { region, year }: RegionalYearParams, @Body() body: unknown, @CurrentActor() actor: UserActor) {
    return this.calendars.importRegionalDays(region, year, body, describeActor(actor));
  }
}
