import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { STAGE_KEYS } from '@keystone/domain';
import { PaginationQuery } from '../pagination.query';

export class ListProjectsQuery extends PaginationQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  township?: string;

  @ApiPropertyOptional({ enum: STAGE_KEYS })
  @IsOptional()
  @IsIn(STAGE_KEYS)
  stage?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  leader?: string;

  @ApiPropertyOptional({ enum: ['active', 'completed', 'refused'] })
  @IsOptional()
  @IsIn(['active', 'completed', 'refused'])
  status?: string;
}
