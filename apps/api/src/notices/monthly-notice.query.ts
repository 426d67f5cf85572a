import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class MonthlyNoticeQuery {
  @ApiPropertyOptional({ example: '2026-11', description: 'YYYY-MM in Beijing time; defaults to the running month' })
  @IsOptional()
  @IsString()
  month?: string;
}
