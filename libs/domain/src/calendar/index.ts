export * from './calendar-year';
export * from './regional-layer';
export * from './working-day-calendar';
