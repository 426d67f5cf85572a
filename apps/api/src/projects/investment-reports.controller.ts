import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { InvestmentReportsService } from '@keystone/projects';
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
}
