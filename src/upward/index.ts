/**
 * Awards decided above this body, as other features see them: the module, and the place where the
 * council's minutes join the dossier's download (COUNCIL_MINUTES_SOURCE, council-minutes.ts).
 */
export { UpwardModule } from './upward.module.js';
export { UpwardService } from './upward.service.js';
export { COUNCIL_MINUTES_SOURCE, type CouncilMinutesSource, type DossierAttachment, NO_COUNCIL_MINUTES } from './council-minutes.js';
