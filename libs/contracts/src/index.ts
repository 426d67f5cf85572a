export * from './recorded-event';
export * from './project-activities';
export * from './project-workflow-contract';
export * from './template-rollout-contract';
