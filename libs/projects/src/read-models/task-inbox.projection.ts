import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, Row, RowProjection, RowTable } from '@keystone/event-store';
import { assertNever } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';
import { PROJECT_BOARD } from './project-board.projection';

export const TASK_INBOX: RowTable = { name: 'task_inbox', key: ['id'], stream: 'project_code' };

const OPEN = ['pending', 'returned'];

/**
 * The deadline that makes a task urgent: the earlier of its own promise and its stage's limit. Mostly the promise,
 * which is the shorter; but a task resubmitted after a return resumes its promise while its stage's clock ran on
 * for the tasks beside it.
 */
function dueBy(promise: unknown, stage: unknown): Row {
  const promised = promise != null && (stage == null || new Date(promise as string) <= new Date(stage as string));
  return { promise_due_at: promise ?? null, stage_due_at: stage ?? null, due_at: promised ? promise : (stage ?? null), due_rule: promised ? 'promised' : 'stage' };
}

/** Each department's inbox of tasks (办件), with the deadline that makes them urgent (`dueBy`). */
@Injectable()
export class TaskInboxProjection extends RowProjection {
  readonly name = 'task-inbox';
  readonly rowTables = [TASK_INBOX];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    const code = recorded.streamId;
    const setTask = async (id: string, change: Row) => {
      const task = await rows.get(TASK_INBOX, code, id);
      if (task) rows.update(TASK_INBOX, task, { ...change, updated_at: recorded.occurredAt });
    };
    const openTasks = async (where: (task: Row) => boolean, change: Row | ((task: Row) => Row)) => {
      for (const task of await rows.all(TASK_INBOX, code)) {
        if (OPEN.includes(task.status as string) && where(task)) rows.update(TASK_INBOX, task, typeof change === 'function' ? change(task) : change);
      }
    };
    const stageDue = (stage: string, dueAt: string) => openTasks((task) => task.stage === stage, (task) => dueBy(task.promise_due_at, dueAt));
    const promiseDue = (taskId: string, dueAt: string) => openTasks((task) => task.id === taskId, (task) => dueBy(dueAt, task.stage_due_at));
    switch (event.type) {
      case 'TaskAssigned': {
        const { taskId, stage, taskKey, name, department, assignedAt, promised } = event.data;
        // The board row is written earlier in the same append or an earlier one, so it is always there.
        const project = await rows.get(PROJECT_BOARD, code, code);
        if (!project) return;
        rows.put(TASK_INBOX, {
          id: taskId, project_code: code, project_name: project.name, township: project.township, leader: project.leader, stage, task_key: taskKey, name,
          department, status: 'pending', assigned_at: assignedAt, ...dueBy(promised?.deadline.dueAt, project.stage_due_at), decided_at: null, last_comment: null,
          return_reason: null, updated_at: assignedAt,
        });
        return;
      }
      case 'TaskDecided': {
        const { taskId, decision, comment, decidedAt } = event.data;
        return setTask(taskId, { status: decision, last_comment: comment, decided_at: decidedAt, ...(decision === 'returned' && { return_reason: comment }) });
      }
      case 'TaskResubmitted':
        return setTask(event.data.taskId, { status: 'pending', last_comment: event.data.comment });
      case 'ProjectRefused':
        return openTasks(() => true, { status: 'closed', updated_at: recorded.occurredAt });
      case 'TaskReassigned':
        return setTask(event.data.taskId, { department: event.data.toDepartment });
      case 'DeadlineRecomputed': {
        const { stage, deadline, taskId, limit } = event.data;
        // Never a statutory limit: the inbox urges a task by its promise and its stage's limit.
        if (taskId) return limit === 'promised' ? promiseDue(taskId, deadline.dueAt) : undefined;
        return stageDue(stage, deadline.dueAt);
      }
      case 'StageClockRestarted':
        return stageDue(event.data.stage, event.data.deadline.dueAt);
      case 'PromisedClockRestarted':
        return promiseDue(event.data.taskId, event.data.deadline.dueAt);
      case 'ProjectRegistered':
      case 'StageOpened':
      case 'StageClosed':
      case 'ProjectCompleted':
      case 'StageClockStopped':
      case 'WarningRaised':
      case 'EscalationRaised':
      case 'AlertAcknowledged':
      case 'InstructionGiven':
      case 'DeadlineExtended':
      case 'ProjectSuspended':
      case 'ProjectResumed':
      case 'ProblemRaised':
      case 'ProblemClosed':
      case 'SpecialProcedureStarted':
      case 'SpecialProcedureEnded':
      case 'StatutoryClockStopped':
      case 'StatutoryClockRestarted':
      case 'InvestmentReported':
      case 'OwnerApplicationAwaited':
      case 'OwnerApplicationSubmitted':
      case 'TemplateRevisionAdopted':
      case 'AnnualInvestmentPlanned':
      case 'PromisedClockStopped':
        return;
      default:
        assertNever(event);
    }
  }
}
