import { assertNever } from '../errors';
import { ProjectEvent } from './project-events';
import { ProjectState, TaskState } from './project-state';

/** Folds one event into the project's state. Pure: the same events always give the same state. */
export function evolve(state: ProjectState | undefined, event: ProjectEvent): ProjectState {
  if (event.type === 'ProjectRegistered') {
    const { profile, template } = event.data;
    return { code: profile.code, status: 'active', profile, template, stages: [], tasks: [], version: 1 };
  }
  if (!state) throw new Error(`${event.type} before ProjectRegistered`);
  const next = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'StageOpened': {
      const { stage, name, openedAt, timeLimit, deadline } = event.data;
      return { ...next, currentStage: stage, stages: [...state.stages, { stage, name, openedAt, timeLimit, deadline }] };
    }
    case 'TaskAssigned': {
      const { taskId, stage, taskKey, name, department, assignedAt } = event.data;
      const task: TaskState = { id: taskId, stage, key: taskKey, name, department, status: 'pending', assignedAt };
      return { ...next, tasks: [...state.tasks, task] };
    }
    case 'TaskDecided': {
      const { taskId, decision, comment, decidedAt } = event.data;
      return updateTask(next, taskId, { status: decision, lastComment: comment, decidedAt });
    }
    case 'TaskResubmitted':
      return updateTask(next, event.data.taskId, { status: 'pending', lastComment: event.data.comment });
    case 'StageClosed':
      return {
        ...next,
        currentStage: undefined,
        stages: state.stages.map((stage) => (stage.stage === event.data.stage ? { ...stage, closedAt: event.data.closedAt } : stage)),
      };
    case 'ProjectCompleted':
      return { ...next, status: 'completed', completedAt: event.data.completedAt };
    case 'ProjectRefused': {
      const { taskId, department, reason, refusedAt } = event.data;
      return { ...next, status: 'refused', currentStage: undefined, refusal: { taskId, department, reason, refusedAt } };
    }
    default:
      return assertNever(event);
  }
}

export function fold(events: readonly ProjectEvent[], initial?: ProjectState): ProjectState | undefined {
  return events.reduce<ProjectState | undefined>(evolve, initial);
}

function updateTask(state: ProjectState, id: string, change: Partial<TaskState>): ProjectState {
  return { ...state, tasks: state.tasks.map((task) => (task.id === id ? { ...task, ...change } : task)) };
}
