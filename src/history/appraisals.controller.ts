import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { AppraisalsService } from './appraisals.service.js';
import { PutAppraisalDto } from './dto/put-appraisal.dto.js';
import { ParseYearPipe } from './year.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api')
export class AppraisalsController {
  constructor(private readonly appraisals: AppraisalsService) {}

  @Put('staff/:id/appraisals/:year')
  @Roles('hr_officer')
  putForStaff(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: PutAppraisalDto,
    @CurrentUser() actor: AuthUser,
  ) {
    return this.appraisals.put('staff', id, year, dto, actor);
  }

  @Put('units/:id/appraisals/:year')
  @Roles('hr_officer')
  putForUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: PutAppraisalDto,
    @CurrentUser() actor: AuthUser,
  ) {
    return this.appraisals.put('unit', id, year, dto, actor);
  }

  @Get('staff/:id/appraisals')
  listForStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.appraisals.listFor('staff', id, user);
  }

  @Get('units/:id/appraisals')
  listForUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.appraisals.listFor('unit', id, user);
  }
}
