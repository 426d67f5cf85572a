import { StageKey } from '../stages';
import { ProjectTemplate, TimeLimit } from '../templates';
import { ProjectProfile } from './project-profile';
import { StageDeadline } from './stage-deadline';

export type TaskDecision = 'approved' | 'returned' | 'refused';

export interface ProjectRegistered {
  type: 'ProjectRegistered';
  data: { profile: ProjectProfile; template: ProjectTemplate };
}

export interface StageOpened {
  type: 'StageOpened';
  data: { stage: StageKey; name: string; openedAt: string; timeLimit: TimeLimit; deadline: StageDeadline };
}

export interface TaskAssigned {
  type: 'TaskAssigned';
  data: { taskId: string; stage: StageKey; taskKey: string; name: string; department: string; assignedAt: string };
}

export interface TaskDecided {
  type: 'TaskDecided';
  data: { taskId: string; stage: StageKey; department: string; decision: TaskDecision; comment: string; decidedAt: string };
}

export interface TaskResubmitted {
  type: 'TaskResubmitted';
  data: { taskId: string; stage: StageKey; department: string; comment: string; resubmittedAt: string };
}

export interface StageClosed {
  type: 'StageClosed';
  data: { stage: StageKey; closedAt: string };
}

export interface ProjectCompleted {
  type: 'ProjectCompleted';
  data: { completedAt: string };
}

export interface ProjectRefused {
  type: 'ProjectRefused';
  data: { taskId: string; stage: StageKey; department: string; reason: string; refusedAt: string };
}

/** Every fact about a project, named in the past tense. */
export type ProjectEvent =
  | ProjectRegistered
  | StageOpened
  | TaskAssigned
  | TaskDecided
  | TaskResubmitted
  | StageClosed
  | ProjectCompleted
  | ProjectRefused;

export type ProjectEventType = ProjectEvent['type'];

/** The schema version each event type is written with today; bumped with an upcaster when a shape changes. */
export const PROJECT_EVENT_SCHEMA_VERSIONS: Record<ProjectEventType, number> = {
  ProjectRegistered: 1,
  StageOpened: 1,
  TaskAssigned: 1,
  TaskDecided: 1,
  TaskResubmitted: 1,
  StageClosed: 1,
  ProjectCompleted: 1,
  ProjectRefused: 1,
};
