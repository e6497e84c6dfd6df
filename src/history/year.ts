import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { isValidYear, MAX_YEAR, MIN_YEAR } from '../kernel/index.js';

/** `:year` in a path: a whole year in range, or a 400 on `year`. */
@Injectable()
export class ParseYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/u.test(value) ? Number(value) : Number.NaN;
    if (!isValidYear(year)) {
      throw new ValidationFailed([
        { field: 'year', constraint: 'year', key: 'fieldErrors.year', params: { min: MIN_YEAR, max: MAX_YEAR } },
      ]);
    }
    return year;
  }
}
