import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { EligibilityModule } from '../eligibility/index.js';
import { HistoryModule } from '../history/index.js';
import { CorrectionsPagesController } from './corrections-pages.controller.js';
import { StaffProfilePagesController } from './staff-profile-pages.controller.js';
import { StaffProfileService } from './staff-profile.service.js';

/**
 * The staff profile page, composed above the features it shows (history, eligibility; later the
 * person's nominations and decisions), so none of them has to know the others.
 */
@Module({
  imports: [HistoryModule, EligibilityModule, CatalogueModule],
  controllers: [StaffProfilePagesController, CorrectionsPagesController],
  providers: [StaffProfileService],
})
export class StaffProfileModule {}
