import type { EligibilityResult } from '../result.js';
import { type DescribedCriterion, describedCriterion } from './described.js';
import { type Locale } from '../../kernel/index.js';

/** The result of one criterion by code, its reason in words; fails loudly when the rulebook does not list it. */
export function criterion(result: EligibilityResult, code: string, lang: Locale = 'vi'): DescribedCriterion {
  const found = result.criteria.find((item) => item.code === code);
  if (!found) {
    throw new Error(`Criterion ${code} not in ${result.criteria.map((item) => item.code).join(', ')}`);
  }
  return describedCriterion(found, lang);
}

export function codes(result: EligibilityResult): string[] {
  return result.criteria.map((item) => item.code);
}
