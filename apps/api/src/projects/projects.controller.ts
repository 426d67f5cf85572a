import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { ProjectBoardService, ProjectRegistrationService } from '@keystone/projects';
import { ListProjectsQuery } from './list-projects.query';
import { RegisterProjectDto } from './register-project.dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly registration: ProjectRegistrationService,
    private readonly board: ProjectBoardService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('office')
  register(@Body() profile: RegisterProjectDto, @CurrentActor() actor: UserActor) {
    return this.registration.register({ ...profile }, actor);
  }

  @Get()
  list(@Query() query: ListProjectsQuery) {
    return this.board.list(query);
  }

  @Get(':code')
  get(@Param('code') code: string) {
    return this.board.current(code);
  }
}
