import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DecisionLine } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';
import { DocumentsModule } from '../documents/index.js';
import { EligibilityModule } from '../eligibility/index.js';
import { IssuersModule } from '../issuers/index.js';
import { NominationsModule } from '../nominations/index.js';
import { DecisionDocumentsController } from './decision-documents.controller.js';
import { DecisionDocumentsPagesController } from './decision-documents-pages.controller.js';
import { DecisionDocumentsService } from './decision-documents.service.js';
import { DraftingController } from './drafting.controller.js';
import { DraftingPagesController } from './drafting-pages.controller.js';
import { DraftingService } from './drafting.service.js';
import { IssuingController } from './issuing.controller.js';
import { IssuingPagesController } from './issuing-pages.controller.js';
import { IssuingService } from './issuing.service.js';
import { RevocationsModule } from './revocations.module.js';
import { RevocationsPagesController } from './revocations-pages.controller.js';
import { DecisionPageModels } from './decision-page.model.js';
import { DecisionLinesPagesController } from './decision-lines-pages.controller.js';

/** Award decisions: drafting, lines and money, numbering and issuing, signed copies, revocations, their documents. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Decision, DecisionLine]),
    EligibilityModule,
    IssuersModule,
    RevocationsModule,
    DocumentsModule,
    NominationsModule,
  ],
  controllers: [
    DraftingController,
    DraftingPagesController,
    IssuingController,
    IssuingPagesController,
    DecisionDocumentsController,
    DecisionDocumentsPagesController,
    RevocationsPagesController,
    DecisionLinesPagesController,
  ],
  providers: [DraftingService, IssuingService, DecisionDocumentsService, DecisionPageModels],
  exports: [DraftingService, IssuingService],
})
export class DecisionsModule {}
