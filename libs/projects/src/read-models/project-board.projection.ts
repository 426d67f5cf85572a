import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { PerEventProjection } from '@keystone/event-store';
import { assertNever } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';

/** The light of a stage on schedule explains itself too. */
function onSchedule(stageName: string, dueAt: string) {
  return { rule: 'stage-clock:green', summary: `${stageName}阶段按期推进，限办 ${dueAt}`, dueAt };
}

/** The clocks whose alerts colour the stage's light: its own, and its tasks' statutory and promised limits. */
const LIGHTED_SUBJECTS: string[] = ['stage', 'statutory', 'promised'];

/**
 * A light only ever brightens from an alert (yellow, red, second level): a task's yellow never hides the
 * stage's red, and passing a statutory limit turns a green stage red. $4 is the alert's level.
 */
const RAISES_LIGHT = `coalesce(array_position(ARRAY['yellow', 'red', 'second-level'], stage_alert_level), 0) < array_position(ARRAY['yellow', 'red', 'second-level'], $4)`;

/** The 挂图作战 board: one row per project with its stage, clock, light and leader. */
@Injectable()
export class ProjectBoardProjection extends PerEventProjection {
  readonly name = 'project-board';
  readonly tables = ['project_board'];

  protected async applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = toProjectEvent(recorded);
    const at = recorded.occurredAt;
    const update = (assignments?: string, parameters: unknown[] = []) =>
      manager.query(
        `UPDATE project_board SET ${assignments ? `${assignments}, ` : ''}updated_at = $2, stream_version = $3 WHERE code = $1`,
        [recorded.streamId, at, recorded.streamVersion, ...parameters],
      );
    switch (event.type) {
      case 'ProjectRegistered': {
        const p = event.data.profile;
        await manager.query(
          `INSERT INTO project_board (code, name, township, project_type, template_id, total_investment, owner_unit, leader,
             planned_start, planned_completion, status, registered_at, updated_at, stream_version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'active', $11, $11, $12)`,
          [p.code, p.name, p.township, p.projectType, p.templateId, p.totalInvestment, p.ownerUnit, p.leader, p.plannedStart, p.plannedCompletion, at, recorded.streamVersion],
        );
        return;
      }
      case 'StageOpened': {
        const { stage, name, openedAt, deadline } = event.data;
        await update(
          `current_stage = $4, current_stage_name = $5, stage_opened_at = $6, stage_due_at = $7, stage_warn_at = $8, stage_second_level_at = $9, stage_clock_running = true,
           stage_alert_level = NULL, light_explanation = $10`,
          [stage, name, openedAt, deadline.dueAt, deadline.warnAt, deadline.secondLevelAt, onSchedule(name, deadline.dueAt)],
        );
        return;
      }
      case 'StageClockRestarted':
      case 'DeadlineRecomputed': {
        const { deadline } = event.data;
        await update('stage_clock_running = true, stage_due_at = $4, stage_warn_at = $5, stage_second_level_at = $6', [deadline.dueAt, deadline.warnAt, deadline.secondLevelAt]);
        return;
      }
      case 'StageClockStopped':
        await update('stage_clock_running = false');
        return;
      case 'WarningRaised':
      case 'EscalationRaised':
        if (LIGHTED_SUBJECTS.includes(event.data.subject.kind)) {
          await update(`stage_alert_level = CASE WHEN ${RAISES_LIGHT} THEN $4 ELSE stage_alert_level END,
            light_explanation = CASE WHEN ${RAISES_LIGHT} THEN $5::jsonb ELSE light_explanation END`, [event.data.level, event.data.explanation]);
        } else {
          await update();
        }
        return;
      case 'DeadlineExtended':
        // One task's promise extended: what it broke stays on the stage's record; the stage's own extension re-arms its light.
        if (event.data.taskId) await update();
        else await update('stage_alert_level = NULL, light_explanation = $4', [{ rule: 'stage-clock:extended', summary: `已延期 ${event.data.workingDays} 个工作日：${event.data.reason}` }]);
        return;
      case 'StageClosed':
        await update(`current_stage = NULL, current_stage_name = NULL, stage_opened_at = NULL, stage_due_at = NULL, stage_warn_at = NULL,
          stage_second_level_at = NULL, stages_closed = stages_closed + 1, stage_clock_running = false, stage_alert_level = NULL, light_explanation = NULL`);
        return;
      case 'ProjectCompleted':
        await update(`status = 'completed', completed_at = $4`, [event.data.completedAt]);
        return;
      case 'ProjectRefused':
        await update(`status = 'refused', refusal_reason = $4, current_stage = NULL, current_stage_name = NULL, stage_due_at = NULL,
          stage_warn_at = NULL, stage_second_level_at = NULL, stage_clock_running = false, stage_alert_level = NULL, light_explanation = NULL`, [event.data.reason]);
        return;
      case 'ProjectSuspended':
        await update('suspended = true, suspension_reason = $4', [event.data.reason]);
        return;
      case 'ProjectResumed':
        await update('suspended = false, suspension_reason = NULL');
        return;
      case 'ProblemRaised':
        await update('open_problems = open_problems + 1');
        return;
      case 'ProblemClosed':
        await update('open_problems = open_problems - 1');
        return;
      case 'TaskAssigned':
      case 'TaskDecided':
      case 'TaskResubmitted':
      case 'TaskReassigned':
      case 'AlertAcknowledged':
      case 'InstructionGiven':
      case 'SpecialProcedureStarted':
      case 'SpecialProcedureEnded':
      case 'StatutoryClockStopped':
      case 'StatutoryClockRestarted':
      case 'PromisedClockStopped':
      case 'PromisedClockRestarted':
        await update();
        return;
      default:
        assertNever(event);
    }
  }
}
