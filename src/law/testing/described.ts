import { reasonText } from '../../eligibility/reason-text.js';
import type {
  CriterionEvaluator,
  CriterionKind,
  CriterionOutcome,
  CriterionParamsByKind,
  EvaluationContext,
} from '../criteria/criterion-spec.js';
import type { Reason } from '../reasons.js';
import type { CriterionResult } from '../result.js';
import { type Locale } from '../../kernel/index.js';

/**
 * Specs assert what a person reads: the reason rendered by the adapter (Vietnamese unless asked).
 * Test code may reach into the adapter; the law itself never does.
 */

export function detailOf(reason: Reason, lang: Locale = 'vi'): string {
  return reasonText(reason, lang);
}

/** An evaluator's outcome as `{ met, detail }`. */
export function described(outcome: CriterionOutcome, lang: Locale = 'vi'): { met: boolean | null; detail: string } {
  return { met: outcome.met, detail: detailOf(outcome.reason, lang) };
}

export interface DescribedCriterion {
  code: string;
  met: boolean | null;
  detail: string;
  legalBasis: string;
}

/** A criterion result with its reason in words instead of its key and params. */
export function describedCriterion(result: CriterionResult, lang: Locale = 'vi'): DescribedCriterion {
  return { code: result.code, met: result.met, detail: detailOf(result.reason, lang), legalBasis: result.legalBasis };
}

/** An evaluator that answers in words, so a spec reads `evaluate(params, context).detail`. */
export function inWords<K extends CriterionKind>(
  evaluator: CriterionEvaluator<K>,
  lang: Locale = 'vi',
): (params: CriterionParamsByKind[K], context: EvaluationContext) => { met: boolean | null; detail: string } {
  return (params, context) => described(evaluator(params, context), lang);
}
