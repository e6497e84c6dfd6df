import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { CurrentUser } from '../common/access/decorators.js';
import { HistoryService } from './history.service.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get('staff/:id/history')
  forStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.history.forStaff(id, user);
  }

  @Get('units/:id/history')
  forUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.history.forUnit(id, user);
  }
}
