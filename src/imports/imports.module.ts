import { Module } from '@nestjs/common';
import { ImportsPagesController } from './imports-pages.controller.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

/** Undoing an import of staff or history while nothing depends on it. */
@Module({
  controllers: [ImportsController, ImportsPagesController],
  providers: [ImportsService],
})
export class ImportsModule {}
