import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/index.js';
import { NominationsModule } from '../nominations/index.js';
import { SettingsModule } from '../settings/index.js';
import { UnitsModule } from '../units/index.js';
import { PostingsPagesController } from './postings-pages.controller.js';
import { PostingsClock } from './postings-clock.js';
import { PostingsController } from './postings.controller.js';
import { PostingsService } from './postings.service.js';

/** Public postings (công khai) of passed nominations on the working-day calendar, and the objections to them. */
@Module({
  imports: [CalendarModule, NominationsModule, SettingsModule, UnitsModule],
  controllers: [PostingsController, PostingsPagesController],
  providers: [PostingsService, PostingsClock],
  exports: [PostingsService],
})
export class PostingsModule {}
