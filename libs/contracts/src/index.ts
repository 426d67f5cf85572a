export * from './recorded-event';
export * from './project-activities';
export * from './project-workflow-contract';
