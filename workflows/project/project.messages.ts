import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { DecideTaskRequest, ProjectActionRequest, ResubmitTaskRequest } from '@keystone/contracts';
import { ProjectState, ProjectView } from '@keystone/domain';

/** A department decides a task (通过 / 退回补正 / 不予许可); returns the project's new state. */
export const decideTaskUpdate = defineUpdate<ProjectView, [DecideTaskRequest]>('decideTask');

/** The owner resubmits corrected materials for a returned task. */
export const resubmitTaskUpdate = defineUpdate<ProjectView, [ResubmitTaskRequest]>('resubmitTask');

/** A leader's action on an alert or the project, or a department's special procedure; returns the new state. */
export const projectActionUpdate = defineUpdate<ProjectView, [ProjectActionRequest]>('projectAction');

/** An operator corrected the working-day calendar for these years: plan the running clock again. */
export const calendarCorrectedSignal = defineSignal<[{ version: string; years: number[] }]>('calendarCorrected');

export const projectStateQuery = defineQuery<ProjectState | undefined>('projectState');
