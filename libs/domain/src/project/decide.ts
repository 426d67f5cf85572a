import { Actor } from '../actors';
import { DomainError } from '../errors';
import { StageTemplate, TimeLimit } from '../templates';
import { decideClock } from './clock-rules';
import { decideLeaderCommand } from './leader-rules';
import {
  DecideTask,
  EndSpecialProcedure,
  OpenNextStage,
  ProjectCommand,
  RegisterProject,
  ResubmitTask,
  StartSpecialProcedure,
  SubmitOwnerApplication,
} from './project-commands';
import { ProjectEvent, TaskDecision, TaskLimitClock } from './project-events';
import { ProjectState, TaskState, actsForOwner, findTask, taskId } from './project-state';
import { CURRENT_RULES, DecisionRules } from './decision-rules';
import { planAnnualInvestment, reportInvestment } from './investment-rules';
import { adoptTemplateRevision } from './template-adoption';
import { StageDeadline } from './stage-deadline';

const DECISION_EVENT: Record<DecideTask['decision'], TaskDecision> = {
  approve: 'approved',
  return: 'returned',
  refuse: 'refused',
};

/**
 * The project's business rules: what a command means given the state so far. Pure; refusals throw a
 * DomainError and produce nothing, so a refused command leaves no trace. `rules` are today's unless a run of
 * older workflow code replays what it recorded without them.
 */
export function decide(state: ProjectState | undefined, command: ProjectCommand, rules: DecisionRules = CURRENT_RULES): ProjectEvent[] {
  if (command.type === 'RegisterProject') return register(state, command);
  if (!state) throw DomainError.notFound('code', 'project is not registered');
  if (state.status !== 'active') throw DomainError.conflict(`project is ${state.status}`);
  switch (command.type) {
    case 'OpenNextStage':
      return openNextStage(state, command);
    case 'DecideTask':
      return decideTask(state, command);
    case 'ResubmitTask':
      return resubmitTask(state, command);
    case 'StartSpecialProcedure':
    case 'EndSpecialProcedure':
      return specialProcedure(state, command);
    case 'ReportInvestment':
      return reportInvestment(state, command, rules);
    case 'PlanAnnualInvestment':
      return planAnnualInvestment(state, command);
    case 'SubmitOwnerApplication':
      return submitOwnerApplication(state, command);
    case 'AdoptTemplateRevision':
      return adoptTemplateRevision(state, command);
    case 'StopStageClock':
    case 'RestartStageClock':
    case 'RaiseAlert':
    case 'RecomputeStageDeadline':
    case 'RecomputeTaskDeadline':
    case 'StopTaskClock':
    case 'RestartTaskClock':
      return decideClock(state, command, rules);
    default:
      return decideLeaderCommand(state, command);
  }
}

/**
 * The stage that should open now: the first not yet opened, while none is open and the project is active,
 * unless it waits for the owner's application and that has not been made.
 */
export function stageAwaitingOpening(state: ProjectState): StageTemplate | undefined {
  const next = nextStage(state);
  return next && !awaitsOwner(state, next) ? next : undefined;
}

/** The stage waiting for the owner's application (竣工 while the works are built), if one is. */
export function stageAwaitingApplication(state: ProjectState): StageTemplate | undefined {
  const next = nextStage(state);
  return next && awaitsOwner(state, next) ? next : undefined;
}

function nextStage(state: ProjectState): StageTemplate | undefined {
  if (state.status !== 'active' || state.currentStage) return undefined;
  return state.template.stages[state.stages.length];
}

function awaitsOwner(state: ProjectState, stage: StageTemplate): boolean {
  return stage.ownerApplication !== undefined && !(state.ownerApplication?.stage === stage.stage && state.ownerApplication.submittedAt);
}

function register(state: ProjectState | undefined, command: RegisterProject): ProjectEvent[] {
  if (state) throw DomainError.conflict(`project ${state.code} is already registered`, 'code');
  return [{ type: 'ProjectRegistered', data: { profile: command.profile, template: command.template } }];
}

function openNextStage(state: ProjectState, command: OpenNextStage): ProjectEvent[] {
  const template = stageAwaitingOpening(state);
  if (!template) throw DomainError.conflict('no stage is waiting to open');
  const { stage, name, timeLimit, tasks } = template;
  return [
    { type: 'StageOpened', data: { stage, name, openedAt: command.at, timeLimit, deadline: command.deadline } },
    ...tasks.map((task): ProjectEvent => {
      const data = { taskId: taskId(state.code, stage, task.key), stage, taskKey: task.key, name: task.name, department: task.department, assignedAt: command.at };
      const statutory = limitClock(task.statutoryLimit, command.statutoryDeadlines?.[task.key]);
      const promised = limitClock(task.promisedLimit, command.promisedDeadlines?.[task.key]);
      return { type: 'TaskAssigned', data: { ...data, statutory, promised } };
    }),
  ];
}

/** A task limit gets its own clock only when the workflow planned one for it (runs recorded before had none). */
function limitClock(limit: TimeLimit | undefined, deadline: StageDeadline | undefined): TaskLimitClock | null {
  return limit && deadline ? { limit, deadline } : null;
}

function decideTask(state: ProjectState, command: DecideTask): ProjectEvent[] {
  const task = taskWithStatus(state, command.taskId, 'pending');
  assertActsForDepartment(command.actor, task);
  if (command.decision !== 'approve' && !command.comment.trim()) {
    throw DomainError.invalid('comment', `a reason is required to ${command.decision} a task`);
  }
  const { stage, department } = task;
  const decided: ProjectEvent = {
    type: 'TaskDecided',
    data: { taskId: task.id, stage, department, decision: DECISION_EVENT[command.decision], comment: command.comment, decidedAt: command.at },
  };
  if (command.decision === 'refuse') {
    return [decided, { type: 'ProjectRefused', data: { taskId: task.id, stage, department, reason: command.comment, refusedAt: command.at } }];
  }
  if (command.decision === 'return' || !closesStage(state, task)) return [decided];
  return [decided, ...closeStage(state, command.at)];
}

function resubmitTask(state: ProjectState, command: ResubmitTask): ProjectEvent[] {
  const task = taskWithStatus(state, command.taskId, 'returned');
  const { actor } = command;
  if (!actsForOwner(state, actor)) throw DomainError.forbidden('only the project owner or the office may resubmit corrected materials');
  return [
    {
      type: 'TaskResubmitted',
      data: { taskId: task.id, stage: task.stage, department: task.department, comment: command.comment, resubmittedAt: command.at },
    },
  ];
}

/** 专家评审, 听证, 公示: started and ended by the department holding the task, each with a reason. */
function specialProcedure(state: ProjectState, command: StartSpecialProcedure | EndSpecialProcedure): ProjectEvent[] {
  const task = taskWithStatus(state, command.taskId, 'pending');
  assertActsForDepartment(command.actor, task);
  if (!command.reason.trim()) throw DomainError.invalid('reason', 'is required');
  if (command.type === 'StartSpecialProcedure') {
    if (task.specialProcedure) throw DomainError.conflict(`task ${task.id} is already in ${task.specialProcedure}`, 'taskId');
    return [{ type: 'SpecialProcedureStarted', data: { taskId: task.id, procedure: command.procedure, reason: command.reason, startedAt: command.at } }];
  }
  if (!task.specialProcedure) throw DomainError.conflict(`task ${task.id} is not in a special procedure`, 'taskId');
  return [{ type: 'SpecialProcedureEnded', data: { taskId: task.id, reason: command.reason, endedAt: command.at } }];
}

function taskWithStatus(state: ProjectState, id: string, expected: TaskState['status']): TaskState {
  const task = findTask(state, id);
  if (!task) throw DomainError.notFound('taskId', `task ${id} does not exist`);
  if (task.status !== expected) throw DomainError.conflict(`task ${id} is ${task.status}, not ${expected}`, 'taskId');
  return task;
}

function assertActsForDepartment(actor: Actor, task: TaskState): void {
  if (actor.kind !== 'user' || actor.role !== 'department-officer' || actor.department !== task.department) {
    throw DomainError.forbidden(`task ${task.id} belongs to department ${task.department}`);
  }
}

function closesStage(state: ProjectState, approved: TaskState): boolean {
  return state.tasks.every((task) => task.stage !== approved.stage || task.id === approved.id || task.status === 'approved');
}

function closeStage(state: ProjectState, at: string): ProjectEvent[] {
  const closed: ProjectEvent = { type: 'StageClosed', data: { stage: state.currentStage!, closedAt: at } };
  const next = state.template.stages[state.stages.length];
  if (!next) return [closed, { type: 'ProjectCompleted', data: { completedAt: at } }];
  if (!next.ownerApplication) return [closed];
  return [closed, { type: 'OwnerApplicationAwaited', data: { stage: next.stage, name: next.name, application: next.ownerApplication.name, since: at } }];
}

function submitOwnerApplication(state: ProjectState, command: SubmitOwnerApplication): ProjectEvent[] {
  if (!actsForOwner(state, command.actor)) throw DomainError.forbidden('only the project owner or the office applies for a stage');
  const waiting = stageAwaitingApplication(state);
  if (!waiting?.ownerApplication) throw DomainError.conflict('no stage of the project is waiting for an application', 'stage');
  if (waiting.stage !== command.stage) throw DomainError.invalid('stage', `the stage waiting for an application is ${waiting.stage}`);
  const data = { stage: waiting.stage, application: waiting.ownerApplication.name, note: command.note, submittedAt: command.at };
  return [{ type: 'OwnerApplicationSubmitted', data }];
}
