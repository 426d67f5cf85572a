import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ALERT_LEVELS } from '@keystone/domain';
import { PaginationQuery } from '../pagination.query';

export class ListAlertsQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'a leader code, a department code, or office; defaults to the caller’s own' })
  @IsOptional()
  @IsString()
  recipient?: string;

  @ApiPropertyOptional({ enum: ['open', 'acknowledged'] })
  @IsOptional()
  @IsIn(['open', 'acknowledged'])
  status?: string;

  @ApiPropertyOptional({ enum: ALERT_LEVELS })
  @IsOptional()
  @IsIn(ALERT_LEVELS)
  level?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  projectCode?: string;
}

export class ListProblemsQuery extends PaginationQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  projectCode?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  leader?: string;
}
