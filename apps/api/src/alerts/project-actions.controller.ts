import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { FieldProblemsError, UserActor } from '@keystone/domain';
import { EscalationService } from '@keystone/projects';
import { ReferenceDataService } from '@keystone/reference-data';
import { CloseProblemDto, RaiseProblemDto, ResumeProjectDto, SuspendProjectDto } from './alert-actions.dto';
import { ListProblemsQuery } from './list-alerts.query';

/** A leader's actions on a whole project: suspension (暂停) and the problem list (问题清单). */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller()
export class ProjectActionsController {
  constructor(
    private readonly escalation: EscalationService,
    private readonly referenceData: ReferenceDataService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  @Post('projects/:code/suspend')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  suspend(@Param('code') code: string, @Body() body: SuspendProjectDto, @CurrentActor() actor: UserActor) {
    return this.escalation.act(code, 'code', { type: 'SuspendProject', reason: body.reason, expectedEnd: body.expectedEnd, actor });
  }

  @Post('projects/:code/resume')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  resume(@Param('code') code: string, @Body() body: ResumeProjectDto, @CurrentActor() actor: UserActor) {
    return this.escalation.act(code, 'code', { type: 'ResumeProject', note: body.note, actor });
  }

  @Post('projects/:code/problems')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  async raiseProblem(@Param('code') code: string, @Body() body: RaiseProblemDto, @CurrentActor() actor: UserActor) {
    const problems = await this.referenceData.unknownReferences({ departments: body.responsibleUnit });
    if (problems.length) throw new FieldProblemsError(problems.map((problem) => ({ ...problem, field: 'responsibleUnit' })));
    return this.escalation.act(code, 'code', { type: 'RaiseProblem', ...body, actor });
  }

  @Post('problems/:id/close')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  closeProblem(@Param('id') problemId: string, @Body() body: CloseProblemDto, @CurrentActor() actor: UserActor) {
    return this.escalation.act(problemId, 'problemId', { type: 'CloseProblem', problemId, note: body.note, actor });
  }

  @Get('problems')
  listProblems(@Query() query: ListProblemsQuery, @CurrentActor() actor: UserActor) {
    return this.escalation.listProblems(this.visibility.projectFilters(actor, query));
  }
}
