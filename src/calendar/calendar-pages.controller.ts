import { Controller, Get, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { CalendarService } from './calendar.service.js';
import { ListCalendarDaysQuery } from './dto/list-calendar-days.query.js';

const dayMonthYear = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The calendar's days of one year, each with its source, "chưa xác minh" where unverified (admins; read-only for now). */
@Controller('calendar')
@Roles('admin')
export class CalendarPagesController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Render('pages/calendar/list')
  async list(@QueryOrDefaults(ListCalendarDaysQuery) query: ListCalendarDaysQuery, @PageRequest() { lang }: PageRequest) {
    const all = await this.calendar.list();
    const years = [...new Set(all.map((day) => Number(day.date.slice(0, 4))))];
    const year = query.year ?? (years.includes(new Date().getUTCFullYear()) ? new Date().getUTCFullYear() : (years[0] ?? null));
    return {
      title: translate(lang, 'calendar.title'),
      year,
      years: years.map((each) => ({ year: each, current: each === year })),
      days: all
        .filter((day) => Number(day.date.slice(0, 4)) === year)
        .map((day) => ({
          date: dayMonthYear(day.date),
          kind: translate(lang, `calendar.kinds.${day.kind}`),
          name: day.name,
          source: day.source,
          verified: day.verified,
        })),
    };
  }
}
