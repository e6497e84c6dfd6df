import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CreateUnitDto } from './dto/create-unit.dto.js';
import { UpdateUnitDto } from './dto/update-unit.dto.js';
import { UnitsService } from './units.service.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api/units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateUnitDto, @CurrentUser() actor: AuthUser) {
    return this.units.create(dto, actor);
  }

  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.units.list(user);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.units.get(id, user);
  }

  @Patch(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto, @CurrentUser() actor: AuthUser) {
    return this.units.update(id, dto, actor);
  }
}
