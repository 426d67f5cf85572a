import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@keystone/access';
import { MonthlyNoticeService } from '@keystone/projects';
import { MonthlyNoticeQuery } from './monthly-notice.query';

@ApiTags('notices')
@ApiBearerAuth()
@Controller('notices')
export class MonthlyNoticeController {
  constructor(private readonly notices: MonthlyNoticeService) {}

  /** 月度通报: departments and townships ranked on the month's record; circulated to the departments and leaders it names. */
  @Get('monthly')
  @Roles('office', 'county-leader', 'department-officer')
  monthly(@Query() { month }: MonthlyNoticeQuery) {
    return this.notices.compose(month);
  }
}
