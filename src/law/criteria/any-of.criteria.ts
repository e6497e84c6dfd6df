import { param, reason } from '../reasons.js';
import type { CriterionEvaluator } from './criterion-spec.js';

/**
 * The Law's "hoặc": met if one alternative is met; otherwise waiting for confirmation if one
 * alternative is; otherwise not met. The reason keeps every alternative's facts.
 */
export const anyOf: CriterionEvaluator<'any_of'> = (params, context) => {
  const results = params.options.map((option) => context.run(option));
  const satisfied = results.find((result) => result.met === true);
  if (satisfied) {
    return { met: true, reason: reason('any_of.met', { option: param.reason(satisfied.reason) }) };
  }
  const met = results.some((result) => result.met === null) ? null : false;
  return {
    met,
    reason: reason('any_of.none_met', { options: param.numbered(results.map((result) => result.reason)) }),
  };
};
