import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { TemplateAdoptionService } from '@keystone/projects';
import { ReferenceDataService } from '@keystone/reference-data';

const TEMPLATE_BODY = {
  description: 'A stage template: the six stages in order, each with its time limit and parallel department tasks',
  schema: {
    example: {
      id: 'industrial',
      name: '工业项目',
      projectType: 'industrial',
      stages: [{ stage: 'siting', name: '规划选址', timeLimit: { workingDays: 10 }, tasks: [{ key: 'site-opinion', name: '选址意见书', department: 'natural-resources', promisedLimit: { workingDays: 5 } }] }],
    },
  },
};

@ApiTags('templates')
@ApiBearerAuth()
@Controller('templates')
export class TemplatesController {
  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly adoptions: TemplateAdoptionService,
  ) {}

  @Get()
  list() {
    return this.referenceData.listTemplates();
  }

  /** The body is checked by the domain's template rules, which report every problem with its field path. */
  @Post()
  @HttpCode(201)
  @Roles('office')
  @ApiBody(TEMPLATE_BODY)
  add(@Body() template: unknown) {
    return this.referenceData.addTemplate(template);
  }

  /** A revised template applies to projects registered from now on; running projects keep theirs. */
  @Put(':id')
  @Roles('office')
  @ApiBody(TEMPLATE_BODY)
  revise(@Param('id') id: string, @Body() template: unknown, @CurrentActor() actor: UserActor) {
    return this.referenceData.reviseTemplate(id, template, actor.username);
  }

  /**
   * Starts moving every project under way on the template onto its current revision for the stages each has not
   * reached, as `POST /api/projects/{code}/template-adoptions` would move each, a page at a time in a workflow of its
   * own; answers at once with the rollout as it starts. One rollout per template at a time.
   */
  @Post(':id/adoptions')
  @HttpCode(202)
  @Roles('office')
  startRollout(@Param('id') id: string, @CurrentActor() actor: UserActor) {
    return this.adoptions.startRollout(id, actor);
  }

  /**
   * The template's latest rollout: how many projects moved, how many already followed it, which were refused and why;
   * `stopped` when its workflow ended before it finished (an operator terminated it), so it may be started again.
   */
  @Get(':id/adoptions')
  @Roles('office', 'operator')
  rollout(@Param('id') id: string) {
    return this.adoptions.rollout(id);
  }
}
