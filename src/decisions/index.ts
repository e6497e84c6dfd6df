// Decisions as other features see them: the module.
export { DecisionsModule } from './decisions.module.js';
export { canIssueFor, IssuingService, type IssuedDecisionView } from './issuing.service.js';
// What issuing calls for a revocation or correction, and what the decision view reads of later decisions.
export { applyIssuedRevocation } from './revocation-effects.js';
export { fateNotes, type LineFate, lineFates } from './line-fates.js';
// The decisions naming a person, for the staff profile.
export { type StaffDecisionRow, staffDecisions } from './staff-decisions.js';
