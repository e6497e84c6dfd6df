import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { StaffHistoryResponse, UnitHistoryResponse } from './dto/history.response.js';
import { HistoryService } from './history.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('history')
@Controller('api')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get('staff/:id/history')
  @ApiOkResponse({ type: StaffHistoryResponse })
  @ApiErrors(403, 404)
  forStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StaffHistoryResponse> {
    return this.history.forStaff(id, user);
  }

  @Get('units/:id/history')
  @ApiOkResponse({ type: UnitHistoryResponse })
  @ApiErrors(403, 404)
  forUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<UnitHistoryResponse> {
    return this.history.forUnit(id, user);
  }
}
