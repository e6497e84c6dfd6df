import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/index.js';
import { StaffImportPagesController } from './import/staff-import-pages.controller.js';
import { StaffImportController } from './import/staff-import.controller.js';
import { StaffImportService } from './import/staff-import.service.js';
import { StaffMember } from './staff-member.entity.js';
import { StaffPagesController } from './staff-pages.controller.js';
import { StaffController } from './staff.controller.js';
import { StaffService } from './staff.service.js';
import { StaffMergePagesController } from './merge/staff-merge-pages.controller.js';
import { StaffMergeController } from './merge/staff-merge.controller.js';
import { StaffMergeService } from './merge/staff-merge.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([StaffMember]), UnitsModule],
  controllers: [
    StaffMergeController,
    StaffController,
    StaffPagesController,
    StaffMergePagesController,
    StaffImportController,
    StaffImportPagesController,
  ],
  providers: [StaffService, StaffImportService, StaffMergeService],
  exports: [StaffService],
})
export class StaffModule {}
