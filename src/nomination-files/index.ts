/**
 * A nomination's evidence files as the nomination's page uses them: `NominationFilesService.list`
 * and `mayEdit`, and `evidenceFilesModel` for the partial `templates/partials/nominations/evidence-files.hbs`.
 */
export { NominationFilesModule } from './nomination-files.module.js';
export { EVIDENCE_OPEN_STATES, NominationFilesService } from './nomination-files.service.js';
export { evidenceFilesModel } from './nomination-files.views.js';
