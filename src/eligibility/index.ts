// Eligibility as other features see it: the module, the service, the query of one subject's
// eligibility and the view models a page shows beside a person's history.
export { ListCandidatesQuery } from './dto/list-candidates.query.js';
export { reasonText } from './reason-text.js';
export { EligibilityQuery } from './dto/eligibility.query.js';
export { EligibilityModule } from './eligibility.module.js';
export { engineErrorCode, type EngineRefusalCode } from './engine-refusal.js';
export {
  type CandidatesPage,
  type CandidateStatus,
  type CandidateView,
  type CollectiveEligibility,
  EligibilityService,
  type Round,
} from './eligibility.service.js';
export type { UnitStatusCount } from './candidate-results.sql.js';
export {
  type AwardChoice,
  type AwardChoiceGroup,
  awardChoiceGroups,
  type CriterionRow,
  criterionRows,
  type CriterionState,
  defaultRoundYear,
  type RulesLegend,
  rulesLegend,
} from './eligibility.views.js';
// A verdict as a reader who may not see disciplines reads it (the nominations' stored snapshots).
export { withholdDisciplineDetails } from './discipline-privacy.js';
