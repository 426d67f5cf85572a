import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { TemplateAdoptionService } from '@keystone/projects';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class TemplateAdoptionsController {
  constructor(private readonly adoptions: TemplateAdoptionService) {}

  /**
   * The project's stages still to come follow its template's current revision from now on (`TemplateRevisionAdopted`);
   * the stage open, and those closed, keep the rules they started on. 409 when nothing still to come would change.
   */
  @Post(':code/template-adoptions')
  @HttpCode(200)
  @Roles('office')
  adopt(@Param('code') code: string, @CurrentActor() actor: UserActor) {
    return this.adoptions.adopt(code, actor);
  }
}
