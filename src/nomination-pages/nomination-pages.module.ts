import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { EligibilityModule } from '../eligibility/index.js';
import { NominationFilesModule } from '../nomination-files/index.js';
import { NominationsModule } from '../nominations/index.js';
import { StaffModule } from '../staff/index.js';
import { UnitsModule } from '../units/index.js';
import { NominationPagesController } from './nomination-pages.controller.js';

/** The nomination pages, composed above the nominations, the eligibility panel, the staff registry, the units and the catalogue. */
@Module({
  imports: [NominationsModule, NominationFilesModule, EligibilityModule, StaffModule, UnitsModule, CatalogueModule],
  controllers: [NominationPagesController],
})
export class NominationPagesModule {}
