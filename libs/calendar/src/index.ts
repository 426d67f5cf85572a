export * from './official-schedule';
