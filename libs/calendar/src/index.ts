export * from './official-schedule';
export * from './calendar.service';
export * from './calendar.module';
