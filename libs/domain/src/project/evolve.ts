import { Clock, TASK_LIMIT_KINDS, TASK_LIMIT_LADDER, TaskLimitKind, stageClockId, taskClockId } from '../escalation';
import { assertNever } from '../errors';
import { DEFAULT_ESCALATION_LEVELS } from '../templates';
import { ProjectEvent, TaskClockRestartedData, TaskClockStoppedData, TaskLimitClock } from './project-events';
import { ProjectState, StageProgress, TaskClockProgress, TaskState } from './project-state';
import { StageDeadline } from './stage-deadline';

/** Folds one event into the project's state. Pure: the same events always give the same state. */
export function evolve(state: ProjectState | undefined, event: ProjectEvent): ProjectState {
  if (event.type === 'ProjectRegistered') {
    const { profile, template } = event.data;
    return { code: profile.code, status: 'active', profile, template, stages: [], tasks: [], clocks: [], alerts: [], problems: [], suspensionsSoFar: 0, investmentByMonth: {}, version: 1 };
  }
  if (!state) throw new Error(`${event.type} before ProjectRegistered`);
  return { ...apply(state, event), version: state.version + 1 };
}

function apply(state: ProjectState, event: Exclude<ProjectEvent, { type: 'ProjectRegistered' }>): ProjectState {
  switch (event.type) {
    case 'StageOpened': {
      const { stage, name, openedAt, timeLimit, deadline } = event.data;
      const levels = state.template.stages.find((candidate) => candidate.stage === stage)?.escalation ?? DEFAULT_ESCALATION_LEVELS;
      const progress: StageProgress = { stage, name, openedAt, timeLimit, deadline, levels, extensionWorkingDays: 0, used: 0, runningSince: openedAt };
      const clock: Clock = { id: stageClockId(stage), subject: { kind: 'stage', stage }, fired: [], generation: 1, ...fromDeadline(deadline) };
      return { ...state, currentStage: stage, stages: [...state.stages, progress], clocks: [...state.clocks, clock] };
    }
    case 'TaskAssigned': {
      const { taskId, stage, taskKey, name, department, assignedAt } = event.data;
      const task: TaskState = { id: taskId, stage, key: taskKey, name, department, status: 'pending', assignedAt };
      return TASK_LIMIT_KINDS.reduce((assigned, limit) => withTaskClock(assigned, task, limit, event.data[limit]), { ...state, tasks: [...state.tasks, task] });
    }
    case 'TaskDecided': {
      const { taskId, decision, comment, decidedAt } = event.data;
      const task = state.tasks.find((candidate) => candidate.id === taskId)!;
      const decided = updateTask(state, taskId, { status: decision, lastComment: comment, decidedAt });
      if (decision === 'returned') return decided;
      return TASK_LIMIT_KINDS.reduce((settled, limit) => withoutClock(settled, taskClockId(limit, task.stage, task.key)), decided);
    }
    case 'TaskResubmitted':
      return updateTask(state, event.data.taskId, { status: 'pending', lastComment: event.data.comment });
    case 'StageClosed':
      return {
        ...withoutClock(state, stageClockId(event.data.stage)),
        currentStage: undefined,
        stages: updateStage(state, event.data.stage, { closedAt: event.data.closedAt, runningSince: undefined }),
      };
    case 'OwnerApplicationAwaited': {
      const { stage, application } = event.data;
      return { ...state, ownerApplication: { stage, application } };
    }
    case 'OwnerApplicationSubmitted':
      return { ...state, ownerApplication: { ...state.ownerApplication!, submittedAt: event.data.submittedAt, note: event.data.note } };
    case 'TemplateRevisionAdopted': {
      const revised = new Map(event.data.stages.map((stage) => [stage.stage, stage]));
      return { ...state, template: { ...state.template, name: event.data.templateName, stages: state.template.stages.map((stage) => revised.get(stage.stage) ?? stage) } };
    }
    case 'ProjectCompleted':
      return { ...state, status: 'completed', completedAt: event.data.completedAt, clocks: [] };
    case 'ProjectRefused': {
      const { taskId, department, reason, refusedAt } = event.data;
      return { ...state, status: 'refused', currentStage: undefined, clocks: [], refusal: { taskId, department, reason, refusedAt } };
    }
    default:
      return applyEscalation(state, event);
  }
}

function applyEscalation(state: ProjectState, event: Exclude<ProjectEvent, { type: 'ProjectRegistered' | 'StageOpened' | 'TaskAssigned' | 'TaskDecided' | 'TaskResubmitted' | 'StageClosed' | 'OwnerApplicationAwaited' | 'OwnerApplicationSubmitted' | 'TemplateRevisionAdopted' | 'ProjectCompleted' | 'ProjectRefused' }>): ProjectState {
  switch (event.type) {
    case 'StageClockStopped': {
      const { stage, used } = event.data;
      const stopped = updateClock(state, stageClockId(stage), { instants: undefined });
      return { ...stopped, stages: updateStage(state, stage, { used, runningSince: undefined }) };
    }
    case 'StageClockRestarted': {
      const { stage, restartedAt, deadline } = event.data;
      const running = updateClock(state, stageClockId(stage), fromDeadline(deadline));
      return { ...running, stages: updateStage(state, stage, { deadline, runningSince: restartedAt }) };
    }
    case 'WarningRaised':
    case 'EscalationRaised': {
      const { alertId, clockId, level, subject, recipients, raisedAt, explanation, inPlaceOf } = event.data;
      const clock = state.clocks.find((candidate) => candidate.id === clockId);
      const fired = updateClock(state, clockId, { fired: [...(clock?.fired ?? []), ...(inPlaceOf ? [inPlaceOf] : []), level] });
      return { ...fired, alerts: [...state.alerts, { id: alertId, clockId, level, subject, recipients, raisedAt, explanation, status: 'open', instructions: [] }] };
    }
    case 'AlertAcknowledged':
      return updateAlert(state, event.data.alertId, () => ({ status: 'acknowledged', acknowledgedAt: event.data.acknowledgedAt }));
    case 'InstructionGiven': {
      const { text, by, givenAt } = event.data;
      return updateAlert(state, event.data.alertId, (alert) => ({ instructions: [...alert.instructions, { text, by, at: givenAt }] }));
    }
    case 'DeadlineExtended': {
      const { stage, workingDays, taskId } = event.data;
      // Re-armed: a new generation, its instants planned again (a restart event) from the longer limit.
      const rearm = (id: string) => {
        const clock = state.clocks.find((candidate) => candidate.id === id)!;
        return updateClock(state, id, { fired: [], generation: clock.generation + 1, instants: undefined });
      };
      if (taskId) {
        const task = state.tasks.find((candidate) => candidate.id === taskId)!;
        const promised = task.promised!;
        const extended = { ...promised, extensionWorkingDays: (promised.extensionWorkingDays ?? 0) + workingDays };
        return updateTask(rearm(taskClockId('promised', task.stage, task.key)), taskId, { promised: extended });
      }
      const progress = state.stages.find((candidate) => candidate.stage === stage)!;
      return { ...rearm(stageClockId(stage)), stages: updateStage(state, stage, { extensionWorkingDays: progress.extensionWorkingDays + workingDays }) };
    }
    case 'TaskReassigned':
      return updateTask(state, event.data.taskId, { department: event.data.toDepartment });
    case 'ProjectSuspended': {
      const { suspensionId, reason, expectedEnd, suspendedAt, instants, calendarVersion } = event.data;
      const clock: Clock = { id: suspensionId.split('.')[1], subject: { kind: 'suspension' }, instants, fired: [], generation: 1, calendarVersion, fallbackYears: [] };
      return { ...state, suspension: { id: suspensionId, reason, expectedEnd, suspendedAt }, suspensionsSoFar: state.suspensionsSoFar + 1, clocks: [...state.clocks, clock] };
    }
    case 'ProjectResumed':
      return { ...withoutClock(state, event.data.suspensionId.split('.')[1]), suspension: undefined };
    case 'ProblemRaised': {
      const { problemId, description, responsibleUnit, rectificationDeadline, raisedAt, instants, calendarVersion } = event.data;
      const clock: Clock = { id: problemId.split('.')[1], subject: { kind: 'problem', problemId }, instants, fired: [], generation: 1, calendarVersion, fallbackYears: [] };
      return { ...state, problems: [...state.problems, { id: problemId, description, responsibleUnit, rectificationDeadline, raisedAt }], clocks: [...state.clocks, clock] };
    }
    case 'ProblemClosed': {
      const { problemId, note, closedAt } = event.data;
      const problems = state.problems.map((problem) => (problem.id === problemId ? { ...problem, closedAt, closingNote: note } : problem));
      return { ...withoutClock(state, problemId.split('.')[1]), problems };
    }
    case 'SpecialProcedureStarted':
      return updateTask(state, event.data.taskId, { specialProcedure: event.data.procedure });
    case 'SpecialProcedureEnded':
      return updateTask(state, event.data.taskId, { specialProcedure: undefined });
    case 'StatutoryClockStopped':
      return stopTaskClock(state, 'statutory', event.data);
    case 'PromisedClockStopped':
      return stopTaskClock(state, 'promised', event.data);
    case 'StatutoryClockRestarted':
      return restartTaskClock(state, 'statutory', event.data);
    case 'PromisedClockRestarted':
      return restartTaskClock(state, 'promised', event.data);
    case 'InvestmentReported':
      return { ...state, investmentByMonth: { ...state.investmentByMonth, [event.data.month]: event.data.amount } };
    case 'AnnualInvestmentPlanned':
      return { ...state, annualPlans: { ...state.annualPlans, [event.data.year]: event.data.amount } };
    case 'DeadlineRecomputed': {
      // Levels already fired stay fired: an alert once sent is not taken back by a calendar correction.
      const { stage, deadline, taskId, limit } = event.data;
      if (taskId && limit) {
        const task = state.tasks.find((candidate) => candidate.id === taskId)!;
        const moved = updateClock(state, taskClockId(limit, task.stage, task.key), fromDeadline(deadline, TASK_LIMIT_LADDER[limit]));
        return updateTask(moved, taskId, { [limit]: { ...task[limit]!, deadline } });
      }
      return { ...updateClock(state, stageClockId(stage), fromDeadline(deadline)), stages: updateStage(state, stage, { deadline }) };
    }
    default:
      return assertNever(event);
  }
}

export function fold(events: readonly ProjectEvent[], initial?: ProjectState): ProjectState | undefined {
  return events.reduce<ProjectState | undefined>(evolve, initial);
}

function withTaskClock(state: ProjectState, task: TaskState, limit: TaskLimitKind, planned: TaskLimitClock | null): ProjectState {
  if (!planned) return state;
  const clock: Clock = { id: taskClockId(limit, task.stage, task.key), subject: { kind: limit, taskId: task.id }, fired: [], generation: 1, ...fromDeadline(planned.deadline, TASK_LIMIT_LADDER[limit]) };
  const progress: TaskClockProgress = { limit: planned.limit, used: 0, runningSince: task.assignedAt, deadline: planned.deadline };
  return { ...updateTask(state, task.id, { [limit]: progress }), clocks: [...state.clocks, clock] };
}

function stopTaskClock(state: ProjectState, limit: TaskLimitKind, { taskId, used }: TaskClockStoppedData): ProjectState {
  const task = state.tasks.find((candidate) => candidate.id === taskId)!;
  const stopped = updateClock(state, taskClockId(limit, task.stage, task.key), { instants: undefined });
  return updateTask(stopped, taskId, { [limit]: { ...task[limit]!, used, runningSince: undefined } });
}

function restartTaskClock(state: ProjectState, limit: TaskLimitKind, { taskId, restartedAt, deadline }: TaskClockRestartedData): ProjectState {
  const task = state.tasks.find((candidate) => candidate.id === taskId)!;
  const running = updateClock(state, taskClockId(limit, task.stage, task.key), fromDeadline(deadline, TASK_LIMIT_LADDER[limit]));
  return updateTask(running, taskId, { [limit]: { ...task[limit]!, runningSince: restartedAt, deadline } });
}

/** A stage clock has the whole ladder; a statutory limit is red when passed, nothing before or after. */
function fromDeadline(deadline: StageDeadline, levels: 'ladder' | 'red-only' = 'ladder'): Pick<Clock, 'instants' | 'calendarVersion' | 'fallbackYears'> {
  return {
    instants: levels === 'red-only' ? { red: deadline.dueAt } : { yellow: deadline.warnAt, red: deadline.dueAt, 'second-level': deadline.secondLevelAt },
    calendarVersion: deadline.calendarVersion,
    fallbackYears: deadline.fallbackYears,
  };
}

function updateTask(state: ProjectState, id: string, change: Partial<TaskState>): ProjectState {
  return { ...state, tasks: state.tasks.map((task) => (task.id === id ? { ...task, ...change } : task)) };
}

function updateStage(state: ProjectState, stage: string, change: Partial<StageProgress>): StageProgress[] {
  return state.stages.map((progress) => (progress.stage === stage ? { ...progress, ...change } : progress));
}

function updateClock(state: ProjectState, id: string, change: Partial<Clock>): ProjectState {
  return { ...state, clocks: state.clocks.map((clock) => (clock.id === id ? { ...clock, ...change } : clock)) };
}

function withoutClock(state: ProjectState, id: string): ProjectState {
  return { ...state, clocks: state.clocks.filter((clock) => clock.id !== id) };
}

function updateAlert(state: ProjectState, id: string, change: (alert: ProjectState['alerts'][number]) => Partial<ProjectState['alerts'][number]>): ProjectState {
  return { ...state, alerts: state.alerts.map((alert) => (alert.id === id ? { ...alert, ...change(alert) } : alert)) };
}
