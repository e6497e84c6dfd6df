import type { CriterionResult, EligibilityResult } from '../law/index.js';
import type { CandidatesPage, CandidateView, CollectiveEligibility } from './eligibility.service.js';
import { reasonText } from './reason-text.js';
import { type Locale } from '../kernel/index.js';

/**
 * What the eligibility API answers: the engine's results with every criterion's reason worded in the
 * user's language as `detail` (the documented field), the reason itself beside it for clients that
 * word it themselves. The service stays language-free; the controller calls these.
 */

export interface CriterionAnswer extends CriterionResult {
  /** The reason as a sentence in the user's language. */
  detail: string;
}

export interface EligibilityAnswer extends Omit<EligibilityResult, 'criteria'> {
  criteria: CriterionAnswer[];
}

export interface CollectiveEligibilityAnswer extends Omit<CollectiveEligibility, 'results'> {
  results: EligibilityAnswer[];
}

export interface CandidateAnswer extends Omit<CandidateView, 'missing' | 'criteria'> {
  missing: CriterionAnswer[];
  criteria: CriterionAnswer[];
}

export interface CandidatesAnswer extends Omit<CandidatesPage, 'items'> {
  items: CandidateAnswer[];
}

export function presentCriterion(criterion: CriterionResult, lang: Locale): CriterionAnswer {
  return {
    code: criterion.code,
    met: criterion.met,
    detail: reasonText(criterion.reason, lang),
    reason: criterion.reason,
    legalBasis: criterion.legalBasis,
  };
}

export function presentEligibility(result: EligibilityResult, lang: Locale): EligibilityAnswer {
  return { ...result, criteria: result.criteria.map((criterion) => presentCriterion(criterion, lang)) };
}

export function presentCandidates(page: CandidatesPage, lang: Locale): CandidatesAnswer {
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      missing: item.missing.map((criterion) => presentCriterion(criterion, lang)),
      criteria: item.criteria.map((criterion) => presentCriterion(criterion, lang)),
    })),
  };
}

export function presentCollective(answer: CollectiveEligibility, lang: Locale): CollectiveEligibilityAnswer {
  return { ...answer, results: answer.results.map((result) => presentEligibility(result, lang)) };
}
