import { defineQuery } from '@temporalio/workflow';
import type { TemplateRollout } from '@keystone/domain';

export const templateRolloutQuery = defineQuery<TemplateRollout>('templateRollout');
