import { Module } from '@nestjs/common';
import { AttachmentsService } from './attachments.service.js';

/** Attachments: files stored in the database for any owner (a campaign's documents, a nomination's evidence). */
@Module({
  providers: [AttachmentsService],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
