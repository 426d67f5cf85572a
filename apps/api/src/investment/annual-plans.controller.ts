import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@keystone/access';
import { AnnualPlansService } from '@keystone/projects';
import { CalendarYearParams } from '../calendar/calendar-year.params';

/** 年度计划投资: the office draws up each year's plan for every project under way; leaders read it. */
@ApiTags('investment reports')
@ApiBearerAuth()
@Controller('annual-plans')
@Roles('office', 'county-leader')
export class AnnualPlansController {
  constructor(private readonly plans: AnnualPlansService) {}

  /** Every project under way in the year with its plan (null until set) and what it has reported in the year. */
  @Get()
  year(@Query() { year }: CalendarYearParams) {
    return this.plans.year(year);
  }
}
