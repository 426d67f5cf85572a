export * from './keystone-config';
export * from './config.module';
export * from './dev-stack-config';
