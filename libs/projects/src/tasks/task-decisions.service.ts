import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CalendarService } from '@keystone/calendar';
import { pageOf } from '@keystone/persistence';
import { ProjectActionRequest } from '@keystone/contracts';
import { ProjectView, TaskDecisionCommand, TaskState, UserActor, findTask } from '@keystone/domain';
import { decideTaskUpdate, projectActionUpdate, resubmitTaskUpdate } from '@keystone/workflows';
import { withRowFilters } from '../read-models/project-row-filters';
import { TaskInboxEntity } from '../read-models/task-inbox.entity';
import { ProjectUpdatesService } from '../updates/project-updates.service';

export interface TaskFilters {
  department?: string;
  status?: string;
  projectCode?: string;
  /** Tasks of this owner unit's projects. */
  ownerUnit?: string;
  limit: number;
  offset: number;
}

/** An inbox row as the list shows it: with the working days left to its deadline while it waits on its department. */
export type InboxTask = TaskInboxEntity & { workingDaysLeft?: number };

export interface TaskOutcome {
  task: TaskState;
  project: ProjectView;
}

/** Department inboxes from the read model; decisions go to the project's workflow as Updates. */
@Injectable()
export class TaskDecisionsService {
  constructor(
    @InjectRepository(TaskInboxEntity) private readonly inbox: Repository<TaskInboxEntity>,
    private readonly updates: ProjectUpdatesService,
    private readonly calendars: CalendarService,
  ) {}

  async list(filters: TaskFilters): Promise<{ total: number; items: InboxTask[] }> {
    const { department, status, projectCode, ownerUnit } = filters;
    const query = withRowFilters(this.inbox.createQueryBuilder('t'), { department, status, projectCode }, ownerUnit);
    const { total, items } = await pageOf(query.orderBy('t.dueAt', 'ASC').addOrderBy('t.id', 'ASC'), filters.limit, filters.offset);
    // Counted in working days, as the board counts a stage's, so the inbox and the board speak the same units.
    const now = new Date();
    const { calendar } = this.calendars;
    return { total, items: items.map((task) => ({ ...task, workingDaysLeft: task.dueAt && task.status === 'pending' ? calendar.workingDaysLeft(task.dueAt, now) : undefined })) };
  }

  async decide(taskId: string, decision: TaskDecisionCommand, comment: string, actor: UserActor): Promise<TaskOutcome> {
    return outcome(taskId, await this.updates.send(taskId, 'taskId', decideTaskUpdate, { taskId, decision, comment, actor }));
  }

  async resubmit(taskId: string, comment: string, actor: UserActor): Promise<TaskOutcome> {
    return outcome(taskId, await this.updates.send(taskId, 'taskId', resubmitTaskUpdate, { taskId, comment, actor }));
  }

  /** 专家评审, 听证, 公示 start and end: the clock does not count them. */
  async specialProcedure(request: Extract<ProjectActionRequest, { type: 'StartSpecialProcedure' | 'EndSpecialProcedure' }>): Promise<TaskOutcome> {
    return outcome(request.taskId, await this.updates.send(request.taskId, 'taskId', projectActionUpdate, request));
  }
}

function outcome(taskId: string, project: ProjectView): TaskOutcome {
  return { task: findTask(project, taskId)!, project };
}
