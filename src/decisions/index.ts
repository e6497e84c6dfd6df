// Decisions as other features see them: the module.
export { DecisionsModule } from './decisions.module.js';
export { canIssueFor, IssuingService, type IssuedDecisionView } from './issuing.service.js';
// What issuing calls for a revocation or correction, and what the decision view reads of later decisions.
export { applyIssuedRevocation } from './revocation-effects.js';
export { fateNotes, type LineFate, lineFates } from './line-fates.js';
// The decisions naming a person, for the staff profile.
export { type StaffDecisionRow, staffDecisions } from './staff-decisions.js';
// The one path by which a decision's awards enter the history: issuing here, and the decisions recorded from above.
export { type AwardRecordHeader, type AwardRecordSubject, insertAwardRecords, type WrittenAward } from './issue-effects.js';
