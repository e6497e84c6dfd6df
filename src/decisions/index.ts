// Decisions as other features see them: the module.
export { DecisionsModule } from './decisions.module.js';
export { canIssueFor, IssuingService, type IssuedDecisionView } from './issuing.service.js';
