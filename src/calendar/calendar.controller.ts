import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser } from '../kernel/index.js';
import { CalendarService } from './calendar.service.js';
import { CalendarDayDto, CalendarDayResponse } from './dto/calendar-day.dto.js';
import { ListCalendarDaysQuery } from './dto/list-calendar-days.query.js';
import { WorkingDaysQuery, WorkingDaysResponse } from './dto/working-days.query.js';

@ApiTags('calendar')
@Controller('api/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('holidays')
  @ApiOkResponse({ type: [CalendarDayResponse] })
  list(@Query() query: ListCalendarDaysQuery): Promise<CalendarDayResponse[]> {
    return this.calendar.list(query.year);
  }

  @Post('holidays')
  @Roles('admin')
  @ApiCreatedResponse({ type: CalendarDayResponse })
  put(@Body() dto: CalendarDayDto, @CurrentUser() actor: AuthUser): Promise<CalendarDayResponse> {
    return this.calendar.put(dto, actor);
  }

  @Get('working-days')
  @ApiOkResponse({ type: WorkingDaysResponse })
  @ApiErrors(422)
  async workingDays(@Query() query: WorkingDaysQuery): Promise<WorkingDaysResponse> {
    return { endsOn: await this.calendar.endOfWorkingDays(query.from, query.days) };
  }
}
