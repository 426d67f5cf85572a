import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { STAGE_KEYS } from '@keystone/domain';
import { LIGHTS, Light } from '@keystone/projects';
import { PaginationQuery } from '../pagination.query';
import { AsOfProperty } from './as-of.query';

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

  @ApiPropertyOptional({ description: '项目业主 code; an owner account sees only its own' })
  @IsOptional()
  @IsString()
  ownerUnit?: string;

  @ApiPropertyOptional({ enum: LIGHTS, description: '红黄绿灯' })
  @IsOptional()
  @IsIn(LIGHTS)
  light?: Light;

  @ApiPropertyOptional({ description: 'projects with an open task held by this department' })
  @IsOptional()
  @IsString()
  department?: string;

  @ApiPropertyOptional({ enum: ['active', 'completed', 'refused'] })
  @IsOptional()
  @IsIn(['active', 'completed', 'refused'])
  status?: string;

  @AsOfProperty()
  asOf?: string;
}
