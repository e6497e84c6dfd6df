import { InvalidDate } from './law.errors.js';

/** Dates are ISO strings (YYYY-MM-DD); they compare correctly as strings, so no Date objects are needed. */
export interface Period {
  from: string;
  /** null = still running */
  to: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function assertIsoDate(value: string): string {
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new InvalidDate(value);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new InvalidDate(value);
  }
  return value;
}

export function yearStart(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

export function yearPeriod(year: number): Period {
  return { from: yearStart(year), to: yearEnd(year) };
}

export function overlaps(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.to === null || a.from <= b.to;
  const bStartsBeforeAEnds = a.to === null || b.from <= a.to;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** Consecutive years `first..last`, inclusive; empty when first > last. */
export function yearRange(first: number, last: number): number[] {
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) {
    years.push(year);
  }
  return years;
}
