export * from './monthly-notice';
export * from './notice-month';
export * from './portfolio-figures';
