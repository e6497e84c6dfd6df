import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CreateStaffDto } from './dto/create-staff.dto.js';
import { ListStaffQuery } from './dto/list-staff.query.js';
import { UpdateStaffDto } from './dto/update-staff.dto.js';
import { StaffService } from './staff.service.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Roles('hr_officer')
  create(@Body() dto: CreateStaffDto, @CurrentUser() actor: AuthUser) {
    return this.staff.create(dto, actor);
  }

  @Get()
  list(@Query() query: ListStaffQuery, @CurrentUser() user: AuthUser) {
    return this.staff.list(query, user);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.staff.get(id, user);
  }

  @Patch(':id')
  @Roles('hr_officer')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateStaffDto, @CurrentUser() actor: AuthUser) {
    return this.staff.update(id, dto, actor);
  }
}
