import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { CalendarYearParams } from '../calendar/calendar-year.params';

/** A project and a year of it: the project is found by its workflow, which says when it does not exist. */
export class ProjectYearParams extends CalendarYearParams {
  @ApiProperty({ example: '2026-341521-48-01-000001' })
  @IsString()
  code: string;
}
