import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PaginationQuery } from '../pagination.query';

export class ListTasksQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'an officer sees only their own department' })
  @IsOptional()
  @IsString()
  department?: string;

  @ApiPropertyOptional({ enum: ['pending', 'returned', 'approved', 'refused', 'closed'] })
  @IsOptional()
  @IsIn(['pending', 'returned', 'approved', 'refused', 'closed'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  projectCode?: string;

  @ApiPropertyOptional({ description: 'tasks of this owner unit’s projects; an owner account sees only its own' })
  @IsOptional()
  @IsString()
  ownerUnit?: string;
}
