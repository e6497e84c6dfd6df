import type { CriterionResult, EligibilityResult } from '../result.js';

/** The result of one criterion by code; fails the test loudly when the rulebook does not list it. */
export function criterion(result: EligibilityResult, code: string): CriterionResult {
  const found = result.criteria.find((item) => item.code === code);
  if (!found) {
    throw new Error(`Criterion ${code} not in ${result.criteria.map((item) => item.code).join(', ')}`);
  }
  return found;
}

export function codes(result: EligibilityResult): string[] {
  return result.criteria.map((item) => item.code);
}
