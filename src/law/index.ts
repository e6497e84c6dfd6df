/** Public API of the database-free eligibility engine. */
export type { CriterionResult, EligibilityResult } from './result.js';
export { AwardNotForSubject, InvalidDate, NoRulebookForDate, UnknownAwardType } from './law.errors.js';
export { evaluateStaff, evaluateUnit, type EvaluateOptions } from './evaluate.js';
export * from './facts.js';
export { AWARD_LABELS, AWARD_SHORT_LABELS, RATING_LABELS } from './labels.js';
export { isNearMiss, missingCriteria } from './missing-criteria.js';
export type { CriterionKind, CriterionSpec } from './criteria/criterion-spec.js';
export {
  councilThresholdMet,
  DEFAULT_PROVINCE_RULES,
  mergeProvinceRules,
  type ProvinceRules,
  type ProvinceRulesOverrides,
  type ProvinceSetting,
} from './provinces/province-rules.js';
export type { Rulebook } from './rulebooks/rulebook.js';
export { RULEBOOKS, rulebookFor } from './rulebooks/rulebook-for.js';
