export * from './investment-report-due';
