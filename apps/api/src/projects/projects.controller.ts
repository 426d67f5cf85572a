import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { ProjectBoardService, ProjectRegistrationService, ProjectTimeTravelService } from '@keystone/projects';
import { AsOfQuery } from './as-of.query';
import { ListProjectsQuery, ProjectFiltersQuery } from './list-projects.query';
import { RegisterProjectDto } from './register-project.dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly registration: ProjectRegistrationService,
    private readonly board: ProjectBoardService,
    private readonly timeTravel: ProjectTimeTravelService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('office')
  register(@Body() profile: RegisterProjectDto, @CurrentActor() actor: UserActor) {
    return this.registration.register({ ...profile }, actor);
  }

  @Get()
  list(@Query() query: ListProjectsQuery, @CurrentActor() actor: UserActor) {
    const filters = this.visibility.projectFilters(actor, query);
    return query.asOf ? this.timeTravel.board(filters, new Date(query.asOf)) : this.board.list(filters);
  }

  /** The board's counts (by light, finished, by stage) over every project the filters match, not one page. */
  @Get('summary')
  summary(@Query() query: ProjectFiltersQuery, @CurrentActor() actor: UserActor) {
    return this.board.summary(this.visibility.projectFilters(actor, query));
  }

  @Get(':code')
  async get(@Param('code') code: string, @Query() { asOf }: AsOfQuery, @CurrentActor() actor: UserActor) {
    const project = asOf ? await this.timeTravel.project(code, new Date(asOf)) : await this.timeTravel.current(code);
    return this.visibility.visibleProject(actor, project);
  }
}
