/**
 * The council's public face: the upward dossier prints a session's minutes through
 * `CouncilDocumentsService.file(sessionId, 'minutes', format, user)`.
 */
export { CouncilsModule } from './councils.module.js';
export { CouncilsService } from './councils.service.js';
export { CouncilSessionsService } from './council-sessions.service.js';
export { CouncilDocumentsService, type CouncilFile } from './council-documents.service.js';
export type { BallotView, CouncilSessionView, CouncilView } from './councils.types.js';
