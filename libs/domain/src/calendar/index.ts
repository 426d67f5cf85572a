export * from './calendar-year';
export * from './regional-layer';
export * from './working-day-calendar';
export { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, isCalendarYearNumber } from './calendar-input-rules';
export * from './calendar-year-rules';
export * from './regional-day-rules';
export * from './calendar-coverage';
export * from './weekday-exceptions';
export * from './calendar-months';
