import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { FieldProblemsError, UserActor } from '@keystone/domain';
import { EscalationService } from '@keystone/projects';
import { ReferenceDataService } from '@keystone/reference-data';
import { ExtendDeadlineDto, InstructDto, ReassignTaskDto } from './alert-actions.dto';
import { ListAlertsQuery } from './list-alerts.query';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(
    private readonly escalation: EscalationService,
    private readonly referenceData: ReferenceDataService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  /** Each person's inbox by default: a leader's alerts, a department's warnings; the office sees all, an owner its own projects'. */
  @Get()
  list(@Query() query: ListAlertsQuery, @CurrentActor() actor: UserActor) {
    return this.escalation.listAlerts(this.visibility.projectFilters(actor, { ...query, recipient: query.recipient ?? actor.leader ?? actor.department }));
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  acknowledge(@Param('id') alertId: string, @CurrentActor() actor: UserActor) {
    return this.escalation.act(alertId, 'alertId', { type: 'AcknowledgeAlert', alertId, actor });
  }

  @Post(':id/instruct')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  instruct(@Param('id') alertId: string, @Body() body: InstructDto, @CurrentActor() actor: UserActor) {
    return this.escalation.act(alertId, 'alertId', { type: 'GiveInstruction', alertId, text: body.text, actor });
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  extend(@Param('id') alertId: string, @Body() body: ExtendDeadlineDto, @CurrentActor() actor: UserActor) {
    return this.escalation.act(alertId, 'alertId', { type: 'ExtendDeadline', alertId, workingDays: body.workingDays, reason: body.reason, actor });
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Roles('county-leader', 'office')
  async reassign(@Param('id') alertId: string, @Body() body: ReassignTaskDto, @CurrentActor() actor: UserActor) {
    const problems = await this.referenceData.unknownReferences({ departments: body.department });
    if (problems.length) throw new FieldProblemsError(problems);
    return this.escalation.act(alertId, 'alertId', { type: 'ReassignTask', alertId, taskId: body.taskId, department: body.department, reason: body.reason, actor });
  }
}
