import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { PaginationQuery } from '../pagination.query';

export class AuditQuery extends PaginationQuery {
  @ApiProperty({ example: 'office', description: 'whose actions to list' })
  @IsString()
  @IsNotEmpty()
  username: string;
}
