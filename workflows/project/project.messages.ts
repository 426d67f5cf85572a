import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { DecideTaskRequest, ResubmitTaskRequest } from '@keystone/contracts';
import { ProjectState } from '@keystone/domain';

/** A department decides a task (通过 / 退回补正 / 不予许可); returns the project's new state. */
export const decideTaskUpdate = defineUpdate<ProjectState, [DecideTaskRequest]>('decideTask');

/** The owner resubmits corrected materials for a returned task. */
export const resubmitTaskUpdate = defineUpdate<ProjectState, [ResubmitTaskRequest]>('resubmitTask');

export const projectStateQuery = defineQuery<ProjectState | undefined>('projectState');
