import type { CriterionEvaluator } from './criterion-spec.js';

/**
 * The Law's "hoặc": met if one alternative is met; otherwise waiting for confirmation if one
 * alternative is; otherwise not met. The detail keeps every alternative's facts.
 */
export const anyOf: CriterionEvaluator<'any_of'> = (params, context) => {
  const results = params.options.map((option) => context.run(option));
  const satisfied = results.find((result) => result.met === true);
  if (satisfied) {
    return { met: true, detail: `Đạt: ${satisfied.detail}` };
  }
  const alternatives = results.map((result, index) => `(${index + 1}) ${result.detail}`).join('; ');
  const met = results.some((result) => result.met === null) ? null : false;
  return { met, detail: `Chưa đạt điều kiện nào trong các điều kiện thay thế: ${alternatives}` };
};
