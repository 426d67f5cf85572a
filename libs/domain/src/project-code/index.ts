export * from './project-code';
