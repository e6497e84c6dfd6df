import { CodedError } from '../../kernel/index.js';
import { InvalidDate } from '../law.errors.js';
import type { CalendarDay } from './announcements.data.js';

/**
 * Working days of officials: Monday to Friday, except the public holidays (Labour Code 2019 Art. 112)
 * and the days off announced for the year; a Saturday or Sunday announced as a make-up working day
 * (làm bù) is a working day. Dates are ISO `YYYY-MM-DD` strings, read as calendar dates (no time zone).
 */
export interface WorkingCalendar {
  /** The announced days, by date. */
  days: ReadonlyMap<string, CalendarDay>;
  /** The years whose announcements the calendar holds; a date outside them is refused. */
  years: ReadonlySet<number>;
}

export function workingCalendar(days: readonly CalendarDay[], years: Iterable<number>): WorkingCalendar {
  return { days: new Map(days.map((day) => [day.date, day])), years: new Set(years) };
}

export class CalendarYearNotCovered extends CodedError<'CALENDAR_YEAR_NOT_COVERED'> {
  constructor(readonly year: number) {
    super('CALENDAR_YEAR_NOT_COVERED', `The working-day calendar has no announced days for ${year}`, { year });
  }
}

export class InvalidWorkingDays extends CodedError<'INVALID_WORKING_DAYS'> {
  constructor(readonly days: number) {
    super('INVALID_WORKING_DAYS', `A number of working days must be a whole number from 1 to ${MAX_WORKING_DAYS}: ${days}`, { days });
  }
}

/** The longest period counted (a year of working days is about 250). */
export const MAX_WORKING_DAYS = 250;

const ISO = /^\d{4}-\d{2}-\d{2}$/u;

function parse(date: string): Date {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!ISO.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new InvalidDate(date);
  }
  return parsed;
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

function covered(date: Date, calendar: WorkingCalendar): void {
  const year = date.getUTCFullYear();
  if (!calendar.years.has(year)) {
    throw new CalendarYearNotCovered(year);
  }
}

function working(date: Date, calendar: WorkingCalendar): boolean {
  covered(date, calendar);
  const announced = calendar.days.get(iso(date));
  if (announced) {
    return announced.kind === 'make_up_workday';
  }
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return working(parse(date), calendar);
}

/**
 * The day a period of `n` working days that starts on `from` ends on. The start day counts: a
 * posting from Monday 3 March 2025 for 10 working days runs 3–14 March and ends on Friday 14 March
 * (the start day is day 1 when it is a working day). When `from` is not a working day, day 1 is the
 * first working day after it (posted on Saturday, counted from Monday).
 */
export function addWorkingDays(from: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS) {
    throw new InvalidWorkingDays(n);
  }
  const day = parse(from);
  let counted = 0;
  for (;;) {
    if (working(day, calendar)) {
      counted += 1;
      if (counted === n) {
        return iso(day);
      }
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
}
