export * from './project/project.workflow';
export * from './project/project.messages';
