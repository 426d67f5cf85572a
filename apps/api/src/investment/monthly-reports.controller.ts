import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { MonthlyReportsService } from '@keystone/projects';
import { LateMonthsQuery, MonthlyReportsQuery } from './monthly-reports.query';

/** 月报制度: who has reported a month's investment, who is still in time, who is late; the office chases the late. */
@ApiTags('investment reports')
@ApiBearerAuth()
@Controller('investment-reports')
@Roles('office', 'county-leader', 'owner')
export class MonthlyReportsController {
  constructor(
    private readonly reports: MonthlyReportsService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  /** A month's reports (the month being reported by default), due by the fifth working day of the month after. */
  @Get()
  month(@Query() query: MonthlyReportsQuery, @CurrentActor() actor: UserActor) {
    const { month, ...page } = this.visibility.projectFilters(actor, query);
    return this.reports.month(month, page);
  }

  /** The earlier months, all past due, in which projects have still not reported: the oldest first, two years back. */
  @Get('late-months')
  async lateMonths(@Query() query: LateMonthsQuery, @CurrentActor() actor: UserActor) {
    return { months: await this.reports.lateMonths(this.visibility.projectFilters(actor, query).ownerUnit) };
  }

  /** 催报: once a month's reports are due, the late projects go to every enabled group robot, by owner unit; once a day. */
  @Post(':month/chase')
  @Roles('office')
  chase(@Param('month') month: string, @CurrentActor() actor: UserActor) {
    return this.reports.chase(month, actor);
  }
}
