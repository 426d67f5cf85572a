import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { BoardExportService, ProjectBoardService, ProjectRegistrationService, ProjectTimeTravelService } from '@keystone/projects';
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
    private readonly boardExport: BoardExportService,
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

  /** The board as a CSV file for a spreadsheet: every project the filters match, red first, in the page's words. */
  @Get('export')
  @ApiProduces('text/csv')
  async export(@Query() query: ProjectFiltersQuery, @CurrentActor() actor: UserActor, @Res({ passthrough: true }) response: Response) {
    const { fileName, content } = await this.boardExport.csv(this.visibility.projectFilters(actor, query));
    response.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="board.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}` });
    return content;
  }

  @Get(':code')
  async get(@Param('code') code: string, @Query() { asOf }: AsOfQuery, @CurrentActor() actor: UserActor) {
    const project = asOf ? await this.timeTravel.project(code, new Date(asOf)) : await this.timeTravel.current(code);
    return this.visibility.visibleProject(actor, project);
  }
}
