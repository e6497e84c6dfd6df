import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const CALENDAR_ERRORS = {
  /** A count of working days runs into a year whose holidays nobody entered: refused, never guessed. */
  CALENDAR_YEAR_NOT_COVERED: 422,
} as const satisfies ErrorStatuses;

export type CalendarErrorCode = keyof typeof CALENDAR_ERRORS;

export class CalendarYearNotCovered extends DomainError<CalendarErrorCode> {
  constructor(year: number) {
    super('CALENDAR_YEAR_NOT_COVERED', `The working-day calendar has no days entered for ${year}`, [], { year });
  }
}
