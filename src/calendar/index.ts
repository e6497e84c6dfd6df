/** The working-day calendar's public face: postings count their end date through the service. */
export { CalendarModule } from './calendar.module.js';
export { CalendarService } from './calendar.service.js';
export type { CalendarDayView } from './calendar.types.js';
