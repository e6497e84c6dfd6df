import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { IssuersModule } from '../issuers/index.js';
import { Appraisal } from './appraisal.entity.js';
import { AppraisalsController } from './appraisals.controller.js';
import { AppraisalsService } from './appraisals.service.js';
import { AwardRecord } from './award-record.entity.js';
import { AwardsController } from './awards.controller.js';
import { AwardsService } from './awards.service.js';
import { CorrectionsController } from './corrections.controller.js';
import { CorrectionsService } from './corrections.service.js';
import { BulkEntryController } from './bulk-entry.controller.js';
import { BulkEntryService } from './bulk-entry.service.js';
import { Discipline } from './discipline.entity.js';
import { DisciplinesService } from './disciplines.service.js';
import { Freeze } from './freeze.entity.js';
import { FreezesController } from './freezes.controller.js';
import { FreezesService } from './freezes.service.js';
import { HistoryController } from './history.controller.js';
import { HistoryService } from './history.service.js';
import { HistoryImportPagesController } from './import/history-import-pages.controller.js';
import { HistoryImportController } from './import/history-import.controller.js';
import { HistoryImportService } from './import/history-import.service.js';
import { Initiative } from './initiative.entity.js';
import { InitiativesService } from './initiatives.service.js';
import { StaffRecordsController } from './staff-records.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([AwardRecord, Appraisal, Initiative, Discipline, Freeze]), CatalogueModule, IssuersModule],
  controllers: [
    AwardsController,
    AppraisalsController,
    StaffRecordsController,
    FreezesController,
    HistoryController,
    CorrectionsController,
    HistoryImportController,
    HistoryImportPagesController,
    BulkEntryController,
  ],
  providers: [
    AwardsService,
    AppraisalsService,
    InitiativesService,
    DisciplinesService,
    FreezesService,
    HistoryService,
    HistoryImportService,
    CorrectionsService,
    BulkEntryService,
  ],
  exports: [
    BulkEntryService,
    HistoryService,
    CorrectionsService,
    AwardsService,
    AppraisalsService,
    InitiativesService,
    DisciplinesService,
    FreezesService,
  ],
})
export class HistoryModule {}
