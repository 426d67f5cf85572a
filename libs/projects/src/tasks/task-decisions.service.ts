import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { Repository } from 'typeorm';
import { DomainError, ProjectState, TaskDecisionCommand, TaskState, UserActor, findTask, isProjectCode, projectCodeOfTask, projectWorkflowId } from '@keystone/domain';
import { decideTaskUpdate, resubmitTaskUpdate } from '@keystone/workflows';
import { TaskInboxEntity } from '../read-models/task-inbox.entity';
import { asDomainError } from '../temporal-failures';

export interface TaskFilters {
  department?: string;
  status?: string;
  projectCode?: string;
  limit: number;
  offset: number;
}

export interface TaskOutcome {
  task: TaskState;
  project: ProjectState;
}

/** Department inboxes from the read model; decisions go to the project's workflow as Updates. */
@Injectable()
export class TaskDecisionsService {
  constructor(
    @InjectRepository(TaskInboxEntity) private readonly inbox: Repository<TaskInboxEntity>,
    private readonly client: Client,
  ) {}

  async list(filters: TaskFilters): Promise<{ total: number; items: TaskInboxEntity[] }> {
    const where = {
      ...(filters.department && { department: filters.department }),
      ...(filters.status && { status: filters.status }),
      ...(filters.projectCode && { projectCode: filters.projectCode }),
    };
    const [items, total] = await this.inbox.findAndCount({ where, order: { dueAt: 'ASC', id: 'ASC' }, take: filters.limit, skip: filters.offset });
    return { total, items };
  }

  decide(taskId: string, decision: TaskDecisionCommand, comment: string, actor: UserActor): Promise<TaskOutcome> {
    return this.update(taskId, (handle) => handle.executeUpdate(decideTaskUpdate, { args: [{ taskId, decision, comment, actor }] }));
  }

  resubmit(taskId: string, comment: string, actor: UserActor): Promise<TaskOutcome> {
    return this.update(taskId, (handle) => handle.executeUpdate(resubmitTaskUpdate, { args: [{ taskId, comment, actor }] }));
  }

  private async update(taskId: string, send: (handle: ReturnType<Client['workflow']['getHandle']>) => Promise<ProjectState>): Promise<TaskOutcome> {
    const code = projectCodeOfTask(taskId);
    if (!isProjectCode(code)) throw DomainError.notFound('taskId', `task ${taskId} does not exist`);
    try {
      const project = await send(this.client.workflow.getHandle(projectWorkflowId(code)));
      return { task: findTask(project, taskId)!, project };
    } catch (error) {
      throw await this.explain(asDomainError(error, code), code, taskId);
    }
  }

  /** A finished project's workflow is gone for Updates; say why in the project's terms. */
  private async explain(error: unknown, code: string, taskId: string): Promise<unknown> {
    if (!(error instanceof DomainError) || error.details.kind !== 'not-found' || error.details.field !== 'code') return error;
    const task = await this.inbox.findOneBy({ id: taskId });
    return task ? DomainError.conflict(`task ${taskId} is ${task.status}; its project is closed`, 'taskId') : DomainError.notFound('taskId', `task ${taskId} does not exist`);
  }
}
