import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LIGHTS, Light, STAGE_KEYS } from '@keystone/domain';
import { BOARD_ORDERS, BoardOrder } from '@keystone/projects';
import { PaginationQuery } from '../pagination.query';
import { AsOfProperty } from './as-of.query';

/** What narrows the board, for its list and its counts alike. */
export class ProjectFiltersQuery {
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

  @ApiPropertyOptional({ description: 'part of the project’s name or code' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  search?: string;
}

export class ListProjectsQuery extends IntersectionType(ProjectFiltersQuery, PaginationQuery) {
  @ApiPropertyOptional({ enum: BOARD_ORDERS, default: 'code', description: 'severity: red first, then yellow, green and finished projects; by code within each' })
  @IsOptional()
  @IsIn(BOARD_ORDERS)
  order?: BoardOrder;

  @AsOfProperty()
  asOf?: string;
}
