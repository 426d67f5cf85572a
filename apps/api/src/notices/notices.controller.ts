import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { NoticeService } from '@keystone/projects';
import { MonthlyNoticeQuery, NoticeQuery } from './notice.query';

/** 通报: departments and townships ranked on a period's record; circulated to the departments and leaders it names. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('notices')
@Roles('office', 'county-leader', 'department-officer')
export class NoticesController {
  constructor(private readonly notices: NoticeService) {}

  /** 月月看、季度比、半年评、年终考: the notice of a month, a quarter, a half-year or a year. */
  @Get()
  forPeriod(@Query() { period }: NoticeQuery) {
    return this.notices.compose(period);
  }

  /** 印发: the office issues an ended period's notice once; its digest goes to every enabled group robot. */
  @Post(':period/issue')
  @Roles('office')
  issue(@Param('period') period: string, @CurrentActor() actor: UserActor) {
    return this.notices.issue(period, actor);
  }

  /** 一月一通报: the notice of one month. */
  @Get('monthly')
  monthly(@Query() { month }: MonthlyNoticeQuery) {
    return this.notices.compose(month, 'month');
  }
}
