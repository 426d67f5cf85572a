import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@keystone/access';
import { ProjectHistoryService } from '@keystone/projects';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectHistoryController {
  constructor(private readonly history: ProjectHistoryService) {}

  @Get(':code/history')
  @Roles('office', 'operator', 'county-leader')
  @ApiOperation({ summary: "the project's domain events merged in time order with its Temporal workflow history, and a link into the Temporal UI" })
  get(@Param('code') code: string) {
    return this.history.history(code);
  }
}
