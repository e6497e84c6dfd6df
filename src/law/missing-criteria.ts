import type { CriterionResult, EligibilityResult } from './result.js';

/** Criteria that are definitely not met (`met === false`); confirmations (`null`) are not missing. */
export function missingCriteria(result: EligibilityResult): CriterionResult[] {
  return result.criteria.filter((criterion) => criterion.met === false);
}

/** A candidate missing exactly one criterion, worth showing in a bulk list as "near-miss". */
export function isNearMiss(result: EligibilityResult): boolean {
  return missingCriteria(result).length === 1;
}
