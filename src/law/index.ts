/** Public API of the database-free eligibility engine. */
export type { CriterionResult, EligibilityResult } from './result.js';
export { AwardNotForSubject, InvalidDate, NoRulebookForDate, UnknownAwardType } from './law.errors.js';
export { evaluateStaff, evaluateUnit, type EvaluateOptions } from './evaluate.js';
export * from './facts.js';
export { isNearMiss, missingCriteria } from './missing-criteria.js';
export {
  param,
  reason,
  type Reason,
  type ReasonKey,
  type ReasonOf,
  type ReasonParam,
  type ReasonParamKind,
  type ReasonParamsByKey,
} from './reasons.js';
export { CONFIRMATION_STATEMENTS, type ConfirmationStatement } from './statements.js';
export type { Period } from './periods.js';
export type { CriterionKind, CriterionSpec } from './criteria/criterion-spec.js';
export { criteriaFor } from './criteria-for.js';
export { BAC_NINH_RULES } from './provinces/bac-ninh.js';
export { DEFAULT_PROVINCE_RULES } from './provinces/default-province.js';
export {
  councilThresholdMet,
  mergeProvinceRules,
  NATIONAL_SETTINGS,
  type ProvinceRules,
  type ProvinceRulesOverrides,
  type ProvinceSetting,
} from './provinces/province-rules.js';
export type { Rulebook } from './rulebooks/rulebook.js';
export { RULEBOOKS, rulebookFor } from './rulebooks/rulebook-for.js';
export * from './calendar/index.js';
