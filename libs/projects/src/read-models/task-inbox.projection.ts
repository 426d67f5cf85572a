import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { PerEventProjection } from '@keystone/event-store';
import { assertNever } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';

/** Each department's inbox of tasks (办件), with the stage deadline that makes them urgent. */
@Injectable()
export class TaskInboxProjection extends PerEventProjection {
  readonly name = 'task-inbox';
  readonly tables = ['task_inbox'];

  protected async applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = toProjectEvent(recorded);
    const setTask = (id: string, assignments: string, parameters: unknown[]) =>
      manager.query(`UPDATE task_inbox SET ${assignments}, updated_at = $2 WHERE id = $1`, [id, recorded.occurredAt, ...parameters]);
    switch (event.type) {
      case 'TaskAssigned': {
        const { taskId, stage, taskKey, name, department, assignedAt } = event.data;
        // The board row is written earlier in the same append or an earlier one, so it is always there.
        await manager.query(
          `INSERT INTO task_inbox (id, project_code, project_name, township, leader, stage, task_key, name, department, status, assigned_at, due_at, updated_at)
           SELECT $1, code, name, township, leader, $2, $3, $4, $5, 'pending', $6, stage_due_at, $6 FROM project_board WHERE code = $7`,
          [taskId, stage, taskKey, name, department, assignedAt, recorded.streamId],
        );
        return;
      }
      case 'TaskDecided': {
        const { taskId, decision, comment, decidedAt } = event.data;
        await setTask(taskId, 'status = $3, last_comment = $4, decided_at = $5', [decision, comment, decidedAt]);
        return;
      }
      case 'TaskResubmitted':
        await setTask(event.data.taskId, `status = 'pending', last_comment = $3`, [event.data.comment]);
        return;
      case 'ProjectRefused':
        await manager.query(`UPDATE task_inbox SET status = 'closed', updated_at = $2 WHERE project_code = $1 AND status IN ('pending', 'returned')`, [
          recorded.streamId,
          recorded.occurredAt,
        ]);
        return;
      case 'TaskReassigned':
        await setTask(event.data.taskId, 'department = $3', [event.data.toDepartment]);
        return;
      case 'StageClockRestarted':
      case 'DeadlineRecomputed':
        await manager.query(`UPDATE task_inbox SET due_at = $2 WHERE project_code = $1 AND stage = $3 AND status IN ('pending', 'returned')`, [
          recorded.streamId,
          event.data.deadline.dueAt,
          event.data.stage,
        ]);
        return;
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
      case 'PromisedClockStopped':
      case 'PromisedClockRestarted':
        return;
      default:
        assertNever(event);
    }
  }
}
