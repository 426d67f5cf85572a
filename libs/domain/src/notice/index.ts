export * from './notice-rankings';
export * from './notice-period';
export * from './portfolio-figures';
export * from './portfolio-summary-text';
