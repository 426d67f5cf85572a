import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { TaskDecisionsService } from '@keystone/projects';
import { DecideTaskDto, ResubmitTaskDto } from './decide-task.dto';
import { ListTasksQuery } from './list-tasks.query';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TaskDecisionsService) {}

  @Get()
  list(@Query() query: ListTasksQuery) {
    return this.tasks.list(query);
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
}
