import type { MessageKey } from '../../i18n/translate.js';
import type { KeyedDetail } from '../errors/domain-error.js';
import { fieldsMarked } from './input-checks.js';
import { DATE_MAX_YEAR, DATE_MIN_YEAR } from './is-date-only.js';

/*
 * The date a person types into a page form: dd/mm/yyyy as Vietnamese forms write it (1 or 2 digits
 * for the day and month), or yyyy-mm-dd, with spaces around ignored. The page layer turns it into the
 * DTO's YYYY-MM-DD before validation; the JSON API keeps YYYY-MM-DD only.
 */

const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;

/**
 * Why a typed date was refused, so the page can say which: not a date at all (`format`: "15.08.90",
 * "15/08/90" — a 2-digit year is never guessed), a month that does not exist, a day the month does not
 * have ("31/02/2025"), or a year outside what the service keeps.
 */
export type PageDateProblem = 'format' | 'noSuchMonth' | 'noSuchDay' | 'yearOutOfRange';

export type PageDate =
  | { ok: true; value: string }
  | { ok: false; problem: PageDateProblem; params: { value: string; day?: number; month?: number; year?: number } };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Days in a month of the Gregorian calendar (February 29 in years divisible by 4, except centuries not by 400). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A typed date as YYYY-MM-DD, or what is wrong with it. */
export function readPageDate(text: string): PageDate {
  const value = text.trim();
  const dayFirst = DAY_FIRST.exec(value);
  const iso = dayFirst ? null : ISO.exec(value);
  if (!dayFirst && !iso) {
    return { ok: false, problem: 'format', params: { value } };
  }
  const [day, month, year] = dayFirst
    ? [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])]
    : [Number(iso![3]), Number(iso![2]), Number(iso![1])];
  const params = { value, day, month, year };
  if (month < 1 || month > 12) {
    return { ok: false, problem: 'noSuchMonth', params };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'noSuchDay', params };
  }
  if (year < DATE_MIN_YEAR || year > DATE_MAX_YEAR) {
    return { ok: false, problem: 'yearOutOfRange', params };
  }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** dd/mm/yyyy for a stored YYYY-MM-DD (what a form shows); any other text as it is (what was typed). */
export function pageDateText(value: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (value ?? '');
}

const PROBLEM_KEYS = {
  format: 'fieldErrors.dateFormat',
  noSuchMonth: 'fieldErrors.dateNoSuchMonth',
  noSuchDay: 'fieldErrors.dateNoSuchDay',
  yearOutOfRange: 'fieldErrors.dateYearOutOfRange',
} as const satisfies Record<PageDateProblem, MessageKey>;

/**
 * A page form or query with every date field of its DTO (those with `@IsDateOnly`) read as typed:
 * dd/mm/yyyy or yyyy-mm-dd become YYYY-MM-DD; a text that is no date gives a detail saying why, and
 * is left out so the DTO's own rule does not word it a second time. Empty fields stay empty ("not given").
 */
export function readDateFields(body: unknown, dto: unknown): { body: unknown; details: KeyedDetail[] } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { body, details: [] };
  }
  const read: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const details: KeyedDetail[] = [];
  for (const field of fieldsMarked(dto, 'isDateOnly')) {
    const text = read[field];
    if (typeof text !== 'string' || text.trim() === '') {
      continue;
    }
    const date = readPageDate(text);
    if (date.ok) {
      read[field] = date.value;
    } else {
      delete read[field];
      details.push({ field, constraint: 'isDateOnly', key: PROBLEM_KEYS[date.problem], params: date.params });
    }
  }
  return { body: read, details };
}
