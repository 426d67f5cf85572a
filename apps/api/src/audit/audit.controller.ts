import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditTrailService, Roles } from '@keystone/access';
import { AuditQuery } from './audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditTrailService) {}

  /** A user's recorded actions, newest first. */
  @Get()
  @Roles('office', 'admin')
  list(@Query() { username, limit, offset }: AuditQuery) {
    return this.audit.actionsOf(username, { limit, offset });
  }
}
