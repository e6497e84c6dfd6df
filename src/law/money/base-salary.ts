import type { BaseSalaryRow } from './base-salary.data.js';
import { InvalidRewardInput, NoBaseSalaryForDate } from './money.errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The base-salary row in force on `date` (the decision date, ND 152/2025 Art. 49(1)): the latest row
 * whose `effectiveFrom` is on or before it. Rows need not be sorted.
 */
export function baseSalaryOn(rows: readonly BaseSalaryRow[], date: string): BaseSalaryRow {
  if (!ISO_DATE.test(date)) {
    throw new InvalidRewardInput(`Not an ISO date (YYYY-MM-DD): ${date}`);
  }
  let found: BaseSalaryRow | undefined;
  for (const row of rows) {
    if (row.effectiveFrom <= date && (found === undefined || row.effectiveFrom > found.effectiveFrom)) {
      found = row;
    }
  }
  if (found === undefined) {
    throw new NoBaseSalaryForDate(date);
  }
  return found;
}
