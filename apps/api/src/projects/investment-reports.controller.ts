import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { InvestmentReportsService } from '@keystone/projects';
import { AnnualPlanDto } from './annual-plan.dto';
import { ProjectYearParams } from './project-year.params';
import { ReportInvestmentDto } from './report-investment.dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class InvestmentReportsController {
  constructor(private readonly investment: InvestmentReportsService) {}

  /** 月报制度: a month's investment completed, reported by the project's owner (or the office); a repeat corrects it. */
  @Post(':code/investment-reports')
  @HttpCode(200)
  @Roles('owner', 'office')
  report(@Param('code') code: string, @Body() { month, amount, note }: ReportInvestmentDto, @CurrentActor() actor: UserActor) {
    return this.investment.report(code, { month, amount, note: note ?? '', actor });
  }

  /** 年度计划投资: the office sets what the project is to invest in a year; the notice's annual rate counts against it. */
  @Put(':code/annual-plans/:year')
  @Roles('office')
  planYear(@Param() { code, year }: ProjectYearParams, @Body() { amount, note }: AnnualPlanDto, @CurrentActor() actor: UserActor) {
    return this.investment.planYear(code, { year, amount, note: note ?? '', actor });
  }
}
