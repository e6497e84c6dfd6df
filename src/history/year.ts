import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailed } from '../common/errors/domain-error.js';

/** Years a history record may carry: paper records go back decades, plans a few years ahead. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export const isValidYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/** `:year` in a path: a whole year in range, or a 400 on `year`. */
@Injectable()
export class ParseYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/u.test(value) ? Number(value) : Number.NaN;
    if (!isValidYear(year)) {
      throw new ValidationFailed([
        { field: 'year', message: `year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`, constraint: 'year' },
      ]);
    }
    return year;
  }
}
