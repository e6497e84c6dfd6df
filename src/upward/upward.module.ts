import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/index.js';
import { IssuersModule } from '../issuers/index.js';
import { NominationsModule } from '../nominations/index.js';
import { COUNCIL_MINUTES_SOURCE, NO_COUNCIL_MINUTES } from './council-minutes.js';
import { UpwardDocumentsService } from './upward-documents.service.js';
import { UpwardPagesController } from './upward-pages.controller.js';
import { UpwardController } from './upward.controller.js';
import { UpwardService } from './upward.service.js';

/** Awards decided above this body: the dossier sent up, its documents, the decisions that come back. */
@Module({
  imports: [NominationsModule, IssuersModule, DocumentsModule],
  controllers: [UpwardController, UpwardPagesController],
  providers: [
    UpwardService,
    UpwardDocumentsService,
    // The council's minutes join the download here once the council feature is merged (council-minutes.ts).
    { provide: COUNCIL_MINUTES_SOURCE, useValue: NO_COUNCIL_MINUTES },
  ],
  exports: [UpwardService],
})
export class UpwardModule {}
