export * from './investment-report-due';
export * from './annual-plan-sheet';
