import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { REGION_CODE } from '@keystone/domain';
import { CalendarYearParams } from './calendar-year.params';

export class RegionalYearParams extends CalendarYearParams {
  @ApiProperty({ example: 'guangxi-sanyuesan' })
  @Matches(REGION_CODE, { message: 'region must be lowercase letters, digits and hyphens' })
  region: string;
}
