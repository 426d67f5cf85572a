export * from './alert';
export * from './clock';
export * from './task-limits';
