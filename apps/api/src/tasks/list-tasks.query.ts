import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PaginationQuery } from '../pagination.query';

export class ListTasksQuery extends PaginationQuery {
  @ApiPropertyOptional()
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
}
