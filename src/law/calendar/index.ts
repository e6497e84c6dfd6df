/** The working-day calendar: public holidays, announced days off and make-up days, counting. */
export { ANNOUNCED_DAYS, ANNOUNCED_YEARS, type CalendarDay, type CalendarDayKind } from './announcements.data.js';
export { LUNAR_HOLIDAYS, type LunarHolidays } from './lunar.data.js';
export {
  addWorkingDays,
  CalendarYearNotCovered,
  InvalidWorkingDays,
  isWorkingDay,
  MAX_WORKING_DAYS,
  workingCalendar,
  type WorkingCalendar,
} from './working-days.js';
