import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { CalendarYearParams } from '../calendar/calendar-year.params';

export class AnnualPlansQuery extends CalendarYearParams {
  @ApiPropertyOptional({ description: '项目业主 code; an owner account sees only its own' })
  @IsOptional()
  @IsString()
  ownerUnit?: string;
}
