export * from './project/project.workflow';
export * from './project/project.messages';
export * from './template-rollout/template-rollout.workflow';
export * from './template-rollout/template-rollout.messages';
