export * from './bankHolidays';
export * from './ranges';
export * from './serviceHours';
export * from './wallClock';
