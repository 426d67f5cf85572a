import { StageKey } from '../stages';
import { ProjectTemplate, TimeLimit } from '../templates';
import { ProjectProfile } from './project-profile';
import { StageDeadline } from './stage-deadline';

export type ProjectStatus = 'active' | 'completed' | 'refused';

/** pending: with the department; returned: with the owner for correction (补正). */
export type TaskStatus = 'pending' | 'returned' | 'approved' | 'refused';

export interface TaskState {
  id: string;
  stage: StageKey;
  key: string;
  name: string;
  department: string;
  status: TaskStatus;
  assignedAt: string;
  lastComment?: string;
  decidedAt?: string;
}

export interface StageProgress {
  stage: StageKey;
  name: string;
  openedAt: string;
  timeLimit: TimeLimit;
  deadline: StageDeadline;
  closedAt?: string;
}

export interface ProjectState {
  code: string;
  status: ProjectStatus;
  profile: ProjectProfile;
  template: ProjectTemplate;
  /** The stage now open, absent when none is (before the first opens, after completion or refusal). */
  currentStage?: StageKey;
  stages: StageProgress[];
  tasks: TaskState[];
  refusal?: { taskId: string; department: string; reason: string; refusedAt: string };
  completedAt?: string;
  /** Number of events in the project's stream: the expected version of the next append. */
  version: number;
}

export function taskId(code: string, stage: StageKey, taskKey: string): string {
  return `${code}.${stage}.${taskKey}`;
}

/** Task ids carry their project code, so a decision reaches its workflow without a lookup. */
export function projectCodeOfTask(id: string): string {
  return id.split('.')[0];
}

export function findTask(state: ProjectState, id: string): TaskState | undefined {
  return state.tasks.find((task) => task.id === id);
}

export function openTasks(state: ProjectState): TaskState[] {
  return state.tasks.filter((task) => task.stage === state.currentStage && task.status !== 'approved');
}
