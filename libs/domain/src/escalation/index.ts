export * from './alert';
export * from './clock';
