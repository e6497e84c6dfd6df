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
export {
  ballotOutcome,
  ballotThreshold,
  ballotThresholdFor,
  requiredVotes,
  type BallotOutcome,
  type BallotTally,
  type BallotThreshold,
} from './council/ballot.js';
export {
  BallotTotalsExceedMembers,
  InvalidCouncilCount,
  InvalidCouncilThreshold,
  type CouncilErrorCode,
} from './council/council.errors.js';
export { DEFAULT_COUNCIL_MEETING_SETTINGS, type CouncilMeetingSettings, type Fraction } from './council/council-settings.js';
export { sessionAttendance, type AttendanceRule, type SessionAttendance } from './council/quorum.js';
export { recusedMembers } from './council/recusal.js';
export {
  assertFourEyes,
  fourEyesConflict,
  type ActingPerson,
  type FourEyesConflict,
  type NominationParties,
} from './nominations/four-eyes.js';
export {
  FourEyesViolation,
  InvalidQuotaInput,
  PostingRequired,
  QuotaExceeded,
  TransitionNotAllowed,
  TransitionReasonRequired,
  TransitionRoleRefused,
  type NominationRuleErrorCode,
} from './nominations/nominations.errors.js';
export {
  REGISTRATION_CRITERION,
  registrationCriterion,
  withRegistrationCriterion,
  type RegistrationFact,
} from './nominations/registration.js';
export { postingRuleFor, STATE_POSTED_AWARDS, STATE_POSTING, type PostingRule } from './nominations/posting.js';
export {
  objectionResolverConflict,
  objectionsOpenOn,
  postingMinimumFor,
  type ObjectionResolverConflict,
  type PostingMinimum,
} from './nominations/posting-period.js';
export {
  assertWithinQuota,
  QUOTA_HOLDING_STATES,
  QUOTA_WARNING_STATES,
  quotaCheck,
  quotaLimit,
  quotaSettingsFromCaps,
  type QuotaCheck,
  type QuotaRounding,
  type QuotaRule,
  type QuotaSettings,
  type QuotaUnit,
} from './nominations/quota.js';
export {
  allowedActions,
  FINAL_NOMINATION_STATES,
  nextState,
  NOMINATION_ACTIONS,
  NOMINATION_STATES,
  NOMINATION_TRANSITIONS,
  transitionFrom,
  type NominationAction,
  type NominationState,
  type NominationTransition,
  type TransitionFacts,
} from './nominations/transitions.js';
export * from './calendar/index.js';
export {
  checkSetting,
  defaultSettingEntries,
  isSettingKey,
  REQUIRED_SETTING_KEYS,
  SETTING_GROUPS,
  SETTING_KEYS,
  SETTING_KINDS,
  settingGroup,
  settingsInForce,
  type ProvinceSettingsInForce,
  type SettingCheck,
  type SettingEntry,
  type SettingGroup,
  type SettingKey,
  type SettingProblem,
  type SettingValue,
} from './provinces/settings-in-force.js';
export { InvalidProvinceSetting, ProvinceSettingMissing, type ProvinceSettingsErrorCode } from './provinces/settings.errors.js';
