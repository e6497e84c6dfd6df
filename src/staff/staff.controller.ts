import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CreateStaffDto } from './dto/create-staff.dto.js';
import { ListStaffQuery } from './dto/list-staff.query.js';
import { StaffCreatedResponse, StaffPageResponse, StaffResponse } from './dto/staff.response.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { withWordedWarnings } from '../common/validation/plausibility.js';
import { UpdateStaffDto } from './dto/update-staff.dto.js';
import { StaffService } from './staff.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

@ApiTags('staff')
@Controller('api/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: StaffCreatedResponse, description: 'Created; `warnings` says what is unlikely about it' })
  @ApiErrors(403, 409, [422, 'STAFF_IMPLAUSIBLE: dates that cannot be true (the message states the rule)'])
  create(@Body() dto: CreateStaffDto, @CurrentUser() actor: AuthUser, @AnswerLocale() lang: Locale): Promise<StaffCreatedResponse> {
    return withWordedWarnings(this.staff.create(dto, actor), lang);
  }

  @Get()
  @ApiOkResponse({ type: StaffPageResponse, description: 'Vietnamese name order (given name first)' })
  @ApiErrors(403)
  list(@Query() query: ListStaffQuery, @CurrentUser() user: AuthUser): Promise<StaffPageResponse> {
    return this.staff.list(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: StaffResponse })
  @ApiErrors(403, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<StaffResponse> {
    return this.staff.get(id, user);
  }

  @Patch(':id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: StaffResponse })
  @ApiErrors(403, 404, 409)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateStaffDto, @CurrentUser() actor: AuthUser): Promise<StaffResponse> {
    return this.staff.update(id, dto, actor);
  }
}
