import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/index.js';
import { NominationsModule } from '../nominations/index.js';
import { NominationFilesPagesController } from './nomination-files-pages.controller.js';
import { NominationFilesController } from './nomination-files.controller.js';
import { NominationFilesService } from './nomination-files.service.js';

/** A nomination's evidence files, above the nominations and the attachments. */
@Module({
  imports: [NominationsModule, AttachmentsModule],
  controllers: [NominationFilesController, NominationFilesPagesController],
  providers: [NominationFilesService],
  exports: [NominationFilesService],
})
export class NominationFilesModule {}
