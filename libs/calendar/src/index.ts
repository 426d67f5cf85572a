export * from './official-schedule';
export type { StoredCalendarYear } from './calendar.repository';
export * from './calendar.service';
export * from './calendar.module';
