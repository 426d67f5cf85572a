export * from './keystone-config';
export * from './config.module';
