import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CreateFreezeDto } from './dto/create-freeze.dto.js';
import { LiftFreezeDto } from './dto/lift-freeze.dto.js';
import { FreezesService } from './freezes.service.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api')
export class FreezesController {
  constructor(private readonly freezes: FreezesService) {}

  @Post('staff/:id/freezes')
  @Roles('hr_officer')
  createForStaff(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateFreezeDto, @CurrentUser() actor: AuthUser) {
    return this.freezes.create('staff', id, dto, actor);
  }

  @Post('units/:id/freezes')
  @Roles('hr_officer')
  createForUnit(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateFreezeDto, @CurrentUser() actor: AuthUser) {
    return this.freezes.create('unit', id, dto, actor);
  }

  @Patch('staff/:id/freezes/:freezeId')
  @Roles('hr_officer')
  liftForStaff(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('freezeId', ParseUUIDPipe) freezeId: string,
    @Body() dto: LiftFreezeDto,
    @CurrentUser() actor: AuthUser,
  ) {
    return this.freezes.lift('staff', id, freezeId, dto, actor);
  }

  @Patch('units/:id/freezes/:freezeId')
  @Roles('hr_officer')
  liftForUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('freezeId', ParseUUIDPipe) freezeId: string,
    @Body() dto: LiftFreezeDto,
    @CurrentUser() actor: AuthUser,
  ) {
    return this.freezes.lift('unit', id, freezeId, dto, actor);
  }

  @Get('staff/:id/freezes')
  listForStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.freezes.listFor('staff', id, user);
  }

  @Get('units/:id/freezes')
  listForUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.freezes.listFor('unit', id, user);
  }
}
