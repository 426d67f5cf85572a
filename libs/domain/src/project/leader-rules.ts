import { Actor, isOffice } from '../actors';
import { stageClockId } from '../escalation';
import { DomainError, assertNever } from '../errors';
import { LeaderCommand } from './project-commands';
import { ProjectEvent } from './project-events';
import { ProjectState, currentStageProgress, findAlert, findTask, openTasks } from './project-state';

/**
 * What a leader does with an alert (DOMAIN.md): only the project's assigned county leader, or the office
 * that runs the portfolio, may act.
 */
export function decideLeaderCommand(state: ProjectState, command: LeaderCommand): ProjectEvent[] {
  assertMayLead(state, command.actor);
  const by = command.actor.kind === 'user' ? command.actor.username : command.actor.rule;
  switch (command.type) {
    case 'AcknowledgeAlert': {
      const alert = openAlert(state, command.alertId);
      return [{ type: 'AlertAcknowledged', data: { alertId: alert.id, acknowledgedAt: command.at, by } }];
    }
    case 'GiveInstruction': {
      const alert = existingAlert(state, command.alertId);
      const departments = [...new Set(openTasks(state).map((task) => task.department))];
      return [{ type: 'InstructionGiven', data: { alertId: alert.id, text: required(command.text, 'text'), departments, by, givenAt: command.at } }];
    }
    case 'ExtendDeadline':
      return extend(state, command.alertId, command.workingDays, required(command.reason, 'reason'));
    case 'ReassignTask': {
      const task = findTask(state, command.taskId);
      if (!task || task.stage !== state.currentStage || task.status === 'approved') throw DomainError.notFound('taskId', `no open task ${command.taskId}`);
      if (task.department === command.department) throw DomainError.invalid('department', `task is already with ${command.department}`);
      const { alertId } = command;
      if (alertId !== undefined && !state.alerts.some((alert) => alert.id === alertId)) throw DomainError.notFound('alertId', `no alert ${alertId} on project ${state.code}`);
      const data = { taskId: task.id, stage: task.stage, fromDepartment: task.department, toDepartment: command.department, reason: required(command.reason, 'reason'), ...(alertId && { alertId }) };
      return [{ type: 'TaskReassigned', data }];
    }
    case 'SuspendProject': {
      if (state.suspension) throw DomainError.conflict('project is already suspended');
      const suspensionId = `${state.code}.suspension-${state.suspensionsSoFar + 1}`;
      const { instants, calendarVersion } = command.planned;
      const data = { suspensionId, reason: required(command.reason, 'reason'), expectedEnd: command.expectedEnd, suspendedAt: command.at, instants, calendarVersion };
      return [{ type: 'ProjectSuspended', data }];
    }
    case 'ResumeProject':
      if (!state.suspension) throw DomainError.conflict('project is not suspended');
      return [{ type: 'ProjectResumed', data: { suspensionId: state.suspension.id, note: command.note, resumedAt: command.at } }];
    case 'RaiseProblem': {
      const problemId = `${state.code}.problem-${state.problems.length + 1}`;
      const { description, responsibleUnit, rectificationDeadline, planned } = command;
      const data = { problemId, description: required(description, 'description'), responsibleUnit, rectificationDeadline, raisedAt: command.at, ...planned };
      return [{ type: 'ProblemRaised', data }];
    }
    case 'CloseProblem': {
      const problem = state.problems.find((candidate) => candidate.id === command.problemId);
      if (!problem) throw DomainError.notFound('problemId', `no problem ${command.problemId}`);
      if (problem.closedAt) throw DomainError.conflict(`problem ${problem.id} is already closed`, 'problemId');
      return [{ type: 'ProblemClosed', data: { problemId: problem.id, note: required(command.note, 'note'), closedAt: command.at } }];
    }
    default:
      return assertNever(command);
  }
}

/** An alert on the open stage's clock extends the stage; one on a task's promise (承诺时限) extends that task's promise. */
function extend(state: ProjectState, alertId: string, workingDays: number, reason: string): ProjectEvent[] {
  const alert = existingAlert(state, alertId);
  const progress = currentStageProgress(state);
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 60) {
    throw DomainError.invalid('workingDays', 'must be a whole number of working days from 1 to 60');
  }
  if (alert.subject.kind === 'promised') {
    const task = findTask(state, alert.subject.taskId);
    const open = task && openTasks(state).includes(task) && state.clocks.some((clock) => clock.id === alert.clockId);
    if (!task || !open || !progress) throw DomainError.conflict('the task of this alert is no longer open', 'alertId');
    return [{ type: 'DeadlineExtended', data: { stage: progress.stage, workingDays, reason, alertId, taskId: task.id } }];
  }
  if (alert.subject.kind !== 'stage' || !progress || progress.stage !== alert.subject.stage) {
    throw DomainError.conflict('only the open stage or an open task’s promise of an alert can be extended', 'alertId');
  }
  if (!state.clocks.some((clock) => clock.id === stageClockId(progress.stage))) throw DomainError.conflict('the stage has no clock');
  return [{ type: 'DeadlineExtended', data: { stage: progress.stage, workingDays, reason, alertId } }];
}

function assertMayLead(state: ProjectState, actor: Actor): void {
  const isLeader = actor.kind === 'user' && actor.role === 'county-leader' && actor.leader === state.profile.leader;
  if (!isLeader && !isOffice(actor)) throw DomainError.forbidden(`only the assigned county leader ${state.profile.leader} or the office may act on this project`);
}

function existingAlert(state: ProjectState, id: string) {
  const alert = findAlert(state, id);
  if (!alert) throw DomainError.notFound('alertId', `no alert ${id}`);
  return alert;
}

function openAlert(state: ProjectState, id: string) {
  const alert = existingAlert(state, id);
  if (alert.status !== 'open') throw DomainError.conflict(`alert ${id} is already acknowledged`, 'alertId');
  return alert;
}

function required(text: string, field: string): string {
  if (!text?.trim()) throw DomainError.invalid(field, 'is required');
  return text;
}
