export * from './monthly-notice';
export * from './notice-month';
