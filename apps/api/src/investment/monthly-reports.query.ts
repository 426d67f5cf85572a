import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { PaginationQuery } from '../pagination.query';

export class LateMonthsQuery {
  @ApiPropertyOptional({ description: '项目业主 code; an owner account sees only its own' })
  @IsOptional()
  @IsString()
  ownerUnit?: string;
}

export class MonthlyReportsQuery extends IntersectionType(LateMonthsQuery, PaginationQuery) {
  @ApiPropertyOptional({ example: '2026-10', description: 'YYYY-MM in Beijing time, not after the current month; defaults to the month being reported: last month until its reports are due, then this month' })
  @IsOptional()
  @IsString()
  month?: string;
}
