export * from './persistence.module';
export * from './keystone-migrations';
export * from './run-migrations';
export * from './page-of';
