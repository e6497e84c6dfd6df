import { Module } from '@nestjs/common';
import { CouncilsModule } from '../councils/index.js';
import { DocumentsModule } from '../documents/index.js';
import { IssuersModule } from '../issuers/index.js';
import { NominationsModule } from '../nominations/index.js';
import { UpwardDocumentsService } from './upward-documents.service.js';
import { UpwardPagesController } from './upward-pages.controller.js';
import { UpwardController } from './upward.controller.js';
import { UpwardService } from './upward.service.js';

/** Awards decided above this body: the dossier sent up, its documents, the decisions that come back. */
@Module({
  imports: [NominationsModule, IssuersModule, DocumentsModule, CouncilsModule],
  controllers: [UpwardController, UpwardPagesController],
  providers: [UpwardService, UpwardDocumentsService],
  exports: [UpwardService],
})
export class UpwardModule {}
