/**
 * Nominations as other features see them. The council, the postings and the decisions move
 * nominations with `NominationTransitionsService.apply(manager, actor, …)` inside their own
 * transaction (all or nothing, rows locked in id order); they read them with `nominationsByIds`.
 * A feature that stops a nomination (an objection) inserts a row into `nomination_holds` after
 * locking the nomination `FOR UPDATE`, and releases it by setting `released_at`.
 * The province settings the nominations read go through `NominationSettings` (one place to wire
 * the settings feature in).
 */
export { NominationsModule } from './nominations.module.js';
export { type AppliedTransitions, NominationTransitionsService, SCREENED_STATES } from './nomination-transitions.service.js';
export { type EligibilitySnapshot, NominationsService } from './nominations.service.js';
export { nominationsByIds } from './nominations.sql.js';
export { NominationSettings, provinceRulesOn, quotaSettingsOn } from './province-settings.js';
export type { QuotaView } from './quota-view.js';
export type {
  NominationTransitionItem,
  NominationTransitionLogEntry,
  NominationTransitionRequest,
  NominationTransitionResult,
  NominationView,
} from './nomination.types.js';
