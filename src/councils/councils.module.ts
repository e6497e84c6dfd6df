import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/index.js';
import { NominationsModule } from '../nominations/index.js';
import { SettingsModule } from '../settings/index.js';
import { CouncilDocumentsService } from './council-documents.service.js';
import { CouncilSessionsController } from './council-sessions.controller.js';
import { CouncilSessionsService } from './council-sessions.service.js';
import { CouncilsPagesController } from './councils-pages.controller.js';
import { CouncilsController } from './councils.controller.js';
import { CouncilsService } from './councils.service.js';

/** The emulation council (Hội đồng Thi đua – Khen thưởng): councils, members, sessions, ballots, closing, minutes and tally. */
@Module({
  imports: [NominationsModule, SettingsModule, DocumentsModule],
  controllers: [CouncilsController, CouncilSessionsController, CouncilsPagesController],
  providers: [CouncilsService, CouncilSessionsService, CouncilDocumentsService],
  exports: [CouncilsService, CouncilSessionsService, CouncilDocumentsService],
})
export class CouncilsModule {}
