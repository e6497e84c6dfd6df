import { Module } from '@nestjs/common';
import { CalendarPagesController } from './calendar-pages.controller.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

/** The working-day calendar: holidays, days off and make-up days by date, and counting working days on them. */
@Module({
  controllers: [CalendarController, CalendarPagesController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
