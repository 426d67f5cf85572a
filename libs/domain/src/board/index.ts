export * from './board-summary';
