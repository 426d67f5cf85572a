export * from './project-profile';
export * from './stage-deadline';
export * from './project-events';
export * from './project-state';
export * from './project-commands';
export * from './evolve';
export * from './decide';
export * from './plan-stage-deadline';
