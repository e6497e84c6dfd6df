import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { UnitsModule } from '../units/index.js';
import { EligibilityPagesController } from './eligibility-pages.controller.js';
import { EligibilityController } from './eligibility.controller.js';
import { EligibilityRepository } from './eligibility.repository.js';
import { EligibilityService } from './eligibility.service.js';
import { UnitEligibilityController } from './unit-eligibility.controller.js';

/** The eligibility service: the pure engine of this folder joined to the history tables. */
@Module({
  imports: [UnitsModule, CatalogueModule, CampaignsModule],
  controllers: [EligibilityController, UnitEligibilityController, EligibilityPagesController],
  providers: [EligibilityService, EligibilityRepository],
  exports: [EligibilityService],
})
export class EligibilityModule {}
