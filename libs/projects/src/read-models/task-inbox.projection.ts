import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, Row, RowProjection, RowTable } from '@keystone/event-store';
import { assertNever } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';
import { PROJECT_BOARD } from './project-board.projection';

export const TASK_INBOX: RowTable = { name: 'task_inbox', key: ['id'], stream: 'project_code' };

const OPEN = ['pending', 'returned'];

/** Each department's inbox of tasks (办件), with the deadline that makes them urgent: the task's own promise where it has one, else its stage's. */
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
    const openTasks = async (where: (task: Row) => boolean, change: Row) => {
      for (const task of await rows.all(TASK_INBOX, code)) if (OPEN.includes(task.status as string) && where(task)) rows.update(TASK_INBOX, task, change);
    };
    switch (event.type) {
      case 'TaskAssigned': {
        const { taskId, stage, taskKey, name, department, assignedAt, promised } = event.data;
        // The board row is written earlier in the same append or an earlier one, so it is always there.
        const project = await rows.get(PROJECT_BOARD, code, code);
        if (!project) return;
        const due = promised ? { due_at: promised.deadline.dueAt, due_rule: 'promised' } : { due_at: project.stage_due_at, due_rule: 'stage' };
        rows.put(TASK_INBOX, {
          id: taskId, project_code: code, project_name: project.name, township: project.township, leader: project.leader, stage, task_key: taskKey, name,
          department, status: 'pending', assigned_at: assignedAt, ...due, decided_at: null, last_comment: null, return_reason: null, updated_at: assignedAt,
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
        // A task's inbox deadline is its promise, never its statutory limit.
        if (taskId) return limit === 'promised' ? openTasks((task) => task.id === taskId, { due_at: deadline.dueAt }) : undefined;
        return openTasks((task) => task.stage === stage && task.due_rule === 'stage', { due_at: deadline.dueAt });
      }
      case 'StageClockRestarted': {
        const { stage, deadline } = event.data;
        return openTasks((task) => task.stage === stage && task.due_rule === 'stage', { due_at: deadline.dueAt });
      }
      case 'PromisedClockRestarted':
        return openTasks((task) => task.id === event.data.taskId, { due_at: event.data.deadline.dueAt });
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
      case 'PromisedClockStopped':
        return;
      default:
        assertNever(event);
    }
  }
}
