import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { HistoryModule } from '../history/index.js';
import { UnitsModule } from '../units/index.js';
import { BulkEntryPagesController } from './bulk-entry-pages.controller.js';
import { BulkEntryPagesService } from './bulk-entry-pages.service.js';

/** The pages that enter a whole department at once (a unit's ratings, one decision's list), above history and units. */
@Module({
  imports: [HistoryModule, UnitsModule, CatalogueModule],
  controllers: [BulkEntryPagesController],
  providers: [BulkEntryPagesService],
})
export class BulkEntryModule {}
