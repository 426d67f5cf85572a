import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from '@keystone/domain';

export class CalendarYearParams {
  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(FIRST_CALENDAR_YEAR)
  @Max(LAST_CALENDAR_YEAR)
  year: number;
}
