export * from './time-limit';
export * from './project-template';
export * from './template-rules';
