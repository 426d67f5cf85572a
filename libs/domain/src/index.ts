export * from './actors';
export * from './errors';
export * from './stages';
export * from './templates';
export * from './project-code';
export * from './project';
export * from './calendar';
export * from './escalation';
