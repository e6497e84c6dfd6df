import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { EligibilityModule } from '../eligibility/index.js';
import { HistoryModule } from '../history/index.js';
import { StaffModule } from '../staff/index.js';
import { UnitsModule } from '../units/index.js';
import { UnitProfilePagesController } from './unit-profile-pages.controller.js';
import { UnitProfileService } from './unit-profile.service.js';

/**
 * The unit page, composed above the features it shows (units, history, staff, eligibility), so none
 * of them has to know the others — as the staff profile page is.
 */
@Module({
  imports: [UnitsModule, HistoryModule, StaffModule, EligibilityModule, CatalogueModule],
  controllers: [UnitProfilePagesController],
  providers: [UnitProfileService],
})
export class UnitProfileModule {}
