import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class NoticeQuery {
  @ApiPropertyOptional({ example: '2026-Q3', description: 'a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY (Beijing time); defaults to the running month' })
  @IsOptional()
  @IsString()
  period?: string;
}

export class MonthlyNoticeQuery {
  @ApiPropertyOptional({ example: '2026-11', description: 'YYYY-MM in Beijing time; defaults to the running month' })
  @IsOptional()
  @IsString()
  month?: string;
}
