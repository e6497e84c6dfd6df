import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { EligibilityModule } from '../eligibility/index.js';
import { HistoryModule } from '../history/index.js';
import { RewardsModule } from '../rewards/index.js';
import { StaffModule } from '../staff/index.js';
import { UnitsModule } from '../units/index.js';
import { ExportsPagesController } from './exports-pages.controller.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** Every list out to XLSX and to a print page (issue 8), through each list's own service. */
@Module({
  imports: [StaffModule, EligibilityModule, HistoryModule, RewardsModule, CatalogueModule, UnitsModule],
  controllers: [ExportsController, ExportsPagesController],
  providers: [ExportsService],
})
export class ExportsModule {}
