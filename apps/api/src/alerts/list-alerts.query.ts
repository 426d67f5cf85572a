import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ALERT_LEVELS } from '@keystone/domain';
import { ALERT_ORDERS, AlertOrder } from '@keystone/projects';
import { PaginationQuery } from '../pagination.query';

/** An inbox row's status; `resolved` is the read model's, for an alert whose subject is done. */
const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'];

export class ListAlertsQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'a leader code, a department code, or office; defaults to the caller’s own' })
  @IsOptional()
  @IsString()
  recipient?: string;

  @ApiPropertyOptional({ enum: ALERT_STATUSES, description: 'resolved: what the alert was about is done (its stage closed, its task decided, …)' })
  @IsOptional()
  @IsIn(ALERT_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: ALERT_LEVELS })
  @IsOptional()
  @IsIn(ALERT_LEVELS)
  level?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  projectCode?: string;

  @ApiPropertyOptional({ enum: ALERT_ORDERS, default: 'newest', description: 'urgency: open, then acknowledged, then resolved; the most severe, then the newest, first within each' })
  @IsOptional()
  @IsIn(ALERT_ORDERS)
  order?: AlertOrder;
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
