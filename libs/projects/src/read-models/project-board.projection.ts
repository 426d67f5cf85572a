import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, Row, RowProjection, RowTable } from '@keystone/event-store';
import { AWAITING_APPLICATION_RULE, AlertExplanation, AlertLevel, StageDeadline, assertNever, awaitingApplicationSummary, fallbackCaveat, fallbackYearsUpTo } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';
import { brightens, isTaskLimit, lightsStage } from './stage-light';

export const PROJECT_BOARD: RowTable = { name: 'project_board', key: ['code'], stream: 'code' };

/** The light of a stage on schedule explains itself too: its limit, and any year without a schedule before it. */
function onSchedule(stageName: string, deadline: StageDeadline) {
  const { dueAt } = deadline;
  const fallbackYears = fallbackYearsUpTo(deadline.fallbackYears, dueAt);
  return { rule: 'stage-clock:green', summary: `${stageName}阶段按期推进，限办 ${dueAt}${fallbackCaveat(fallbackYears)}`, dueAt, fallbackYears };
}

/** The brightest alert of the open stage's task limits, kept apart so the stage's own extension cannot hide it. */
interface TaskLight {
  level: AlertLevel;
  explanation: AlertExplanation;
}

const NO_STAGE: Row = {
  current_stage: null,
  current_stage_name: null,
  stage_opened_at: null,
  stage_due_at: null,
  stage_warn_at: null,
  stage_second_level_at: null,
  stage_clock_running: false,
  stage_alert_level: null,
  light_explanation: null,
  task_light: null,
  awaiting_application: null,
};

/** The 挂图作战 board: one row per project with its stage, clock, light and leader. */
@Injectable()
export class ProjectBoardProjection extends RowProjection {
  readonly name = 'project-board';
  readonly rowTables = [PROJECT_BOARD];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    const written = { updated_at: recorded.occurredAt, stream_version: recorded.streamVersion };
    if (event.type === 'ProjectRegistered') {
      const p = event.data.profile;
      rows.put(PROJECT_BOARD, {
        code: p.code, name: p.name, township: p.township, project_type: p.projectType, template_id: p.templateId, total_investment: p.totalInvestment,
        owner_unit: p.ownerUnit, leader: p.leader, planned_start: p.plannedStart, planned_completion: p.plannedCompletion, status: 'active',
        stages_closed: 0, refusal_reason: null, registered_at: recorded.occurredAt, completed_at: null, suspended: false, suspension_reason: null,
        open_problems: 0, investment_completed: 0, investment_reported_month: null, ...NO_STAGE, ...written,
      });
      return;
    }
    const row = await rows.get(PROJECT_BOARD, recorded.streamId, recorded.streamId);
    if (!row) return;
    rows.update(PROJECT_BOARD, row, { ...change(row, event), ...written });
  }
}

/** A running stage's deadline moved (restarted, or planned again on a corrected calendar): a green light says the new one. */
function stageDeadline(row: Row, deadline: StageDeadline): Row {
  const green = row.stage_alert_level === null && (row.light_explanation as { rule?: string } | null)?.rule === 'stage-clock:green';
  return {
    stage_clock_running: true, stage_due_at: deadline.dueAt, stage_warn_at: deadline.warnAt, stage_second_level_at: deadline.secondLevelAt,
    ...(green && { light_explanation: onSchedule(row.current_stage_name as string, deadline) }),
  };
}

function change(row: Row, event: Exclude<ReturnType<typeof toProjectEvent>, { type: 'ProjectRegistered' }>): Row {
  switch (event.type) {
    case 'StageOpened': {
      const { stage, name, openedAt, deadline } = event.data;
      return {
        current_stage: stage, current_stage_name: name, stage_opened_at: openedAt, stage_due_at: deadline.dueAt, stage_warn_at: deadline.warnAt,
        stage_second_level_at: deadline.secondLevelAt, stage_clock_running: true, stage_alert_level: null, light_explanation: onSchedule(name, deadline),
        task_light: null, awaiting_application: null,
      };
    }
    case 'DeadlineRecomputed':
      if (event.data.taskId) return {};
      return stageDeadline(row, event.data.deadline);
    case 'StageClockRestarted':
      return stageDeadline(row, event.data.deadline);
    case 'StageClockStopped':
      return { stage_clock_running: false };
    case 'WarningRaised':
    case 'EscalationRaised': {
      const { subject, level, explanation } = event.data;
      const taskLight = row.task_light as TaskLight | null;
      return {
        ...(lightsStage(subject) && brightens(row.stage_alert_level as AlertLevel | null, level) && { stage_alert_level: level, light_explanation: explanation }),
        ...(isTaskLimit(subject) && brightens(taskLight?.level, level) && { task_light: { level, explanation } }),
      };
    }
    case 'DeadlineExtended': {
      // One task's promise extended: what it broke stays on the stage's record. The stage's own extension
      // re-arms its light, down to what its tasks' broken limits still show.
      if (event.data.taskId) return {};
      const taskLight = row.task_light as TaskLight | null;
      if (taskLight) return { stage_alert_level: taskLight.level, light_explanation: taskLight.explanation };
      return { stage_alert_level: null, light_explanation: { rule: 'stage-clock:extended', summary: `已延期 ${event.data.workingDays} 个工作日：${event.data.reason}` } };
    }
    case 'StageClosed':
      return { ...NO_STAGE, stages_closed: (row.stages_closed as number) + 1 };
    case 'OwnerApplicationAwaited': {
      // The stage stands on the board, on schedule and uncounted, while the works are built.
      const { stage, name, application } = event.data;
      const explanation = { rule: AWAITING_APPLICATION_RULE, summary: awaitingApplicationSummary(name, application) };
      return { current_stage: stage, current_stage_name: name, awaiting_application: application, light_explanation: explanation };
    }
    case 'ProjectCompleted':
      return { status: 'completed', completed_at: event.data.completedAt };
    case 'ProjectRefused':
      return { ...NO_STAGE, stage_opened_at: row.stage_opened_at, status: 'refused', refusal_reason: event.data.reason };
    case 'ProjectSuspended':
      return { suspended: true, suspension_reason: event.data.reason };
    case 'ProjectResumed':
      return { suspended: false, suspension_reason: null };
    case 'ProblemRaised':
      return { open_problems: (row.open_problems as number) + 1 };
    case 'ProblemClosed':
      return { open_problems: (row.open_problems as number) - 1 };
    case 'InvestmentReported': {
      const { month, amount, previousAmount } = event.data;
      const latest = row.investment_reported_month as string | null;
      return {
        investment_completed: Number(row.investment_completed) + amount - (previousAmount ?? 0),
        investment_reported_month: latest && latest > month ? latest : month,
      };
    }
    case 'OwnerApplicationSubmitted':
    case 'TemplateRevisionAdopted':
    case 'AnnualInvestmentPlanned':
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
      return {};
    default:
      return assertNever(event);
  }
}
