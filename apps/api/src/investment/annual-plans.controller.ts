import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { AnnualPlansService } from '@keystone/projects';
import { AnnualPlansQuery } from './annual-plans.query';

/** 年度计划投资: the office draws up each year's plan for every project under way; leaders read it, and owners their own projects'. */
@ApiTags('investment reports')
@ApiBearerAuth()
@Controller('annual-plans')
@Roles('office', 'county-leader', 'owner')
export class AnnualPlansController {
  constructor(
    private readonly plans: AnnualPlansService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  /** Every project under way in the year with its plan (null until set) and what it has reported in the year. */
  @Get()
  year(@Query() query: AnnualPlansQuery, @CurrentActor() actor: UserActor) {
    const { year, ownerUnit } = this.visibility.projectFilters(actor, query);
    return this.plans.year(year, ownerUnit);
  }
}
