import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { OwnerApplicationsService } from '@keystone/projects';
import { OwnerApplicationDto } from './owner-application.dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class OwnerApplicationsController {
  constructor(private readonly applications: OwnerApplicationsService) {}

  /** The owner (or the office) applies to open a stage that waits for it: 竣工验收 once the works are built. Its clock starts. */
  @Post(':code/owner-applications')
  @HttpCode(200)
  @Roles('owner', 'office')
  submit(@Param('code') code: string, @Body() { stage, note }: OwnerApplicationDto, @CurrentActor() actor: UserActor) {
    return this.applications.submit(code, { stage, note: note ?? '', actor });
  }
}
