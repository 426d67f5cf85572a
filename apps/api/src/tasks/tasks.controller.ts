import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, VisibilityPolicy } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { TaskDecisionsService } from '@keystone/projects';
import { EndSpecialProcedureDto, StartSpecialProcedureDto } from '../alerts/alert-actions.dto';
import { DecideTaskDto, ResubmitTaskDto } from './decide-task.dto';
import { ListTasksQuery } from './list-tasks.query';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TaskDecisionsService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  @Get()
  list(@Query() query: ListTasksQuery, @CurrentActor() actor: UserActor) {
    return this.tasks.list(this.visibility.taskFilters(actor, query));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('department-officer')
  decide(@Param('id') id: string, @Body() body: DecideTaskDto, @CurrentActor() actor: UserActor) {
    return this.tasks.decide(id, body.decision, body.comment, actor);
  }

  @Post(':id/resubmit')
  @HttpCode(200)
  @Roles('owner', 'office')
  resubmit(@Param('id') id: string, @Body() body: ResubmitTaskDto, @CurrentActor() actor: UserActor) {
    return this.tasks.resubmit(id, body.comment, actor);
  }

  @Post(':id/special-procedure')
  @HttpCode(200)
  @Roles('department-officer')
  startSpecialProcedure(@Param('id') taskId: string, @Body() body: StartSpecialProcedureDto, @CurrentActor() actor: UserActor) {
    return this.tasks.specialProcedure({ type: 'StartSpecialProcedure', taskId, procedure: body.procedure, reason: body.reason, actor });
  }

  @Post(':id/special-procedure/end')
  @HttpCode(200)
  @Roles('department-officer')
  endSpecialProcedure(@Param('id') taskId: string, @Body() body: EndSpecialProcedureDto, @CurrentActor() actor: UserActor) {
    return this.tasks.specialProcedure({ type: 'EndSpecialProcedure', taskId, reason: body.reason, actor });
  }
}
