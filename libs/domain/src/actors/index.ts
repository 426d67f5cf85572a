export * from './actor';
export * from './account-scope';
