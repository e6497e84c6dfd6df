import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CreateFreezeDto } from './dto/create-freeze.dto.js';
import { FreezeResponse } from './dto/history.response.js';
import { LiftFreezeDto } from './dto/lift-freeze.dto.js';
import { FreezesService } from './freezes.service.js';
import { type AuthUser } from '../kernel/index.js';

/** Freezes: pending reviews during which no award may be proposed for the staff member or unit. */
@ApiTags('history')
@Controller('api')
export class FreezesController {
  constructor(private readonly freezes: FreezesService) {}

  @Post('staff/:id/freezes')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: FreezeResponse })
  @ApiErrors(403, 404, 409)
  createForStaff(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateFreezeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<FreezeResponse> {
    return this.freezes.create('staff', id, dto, actor);
  }

  @Post('units/:id/freezes')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: FreezeResponse })
  @ApiErrors(403, 404, 409)
  createForUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateFreezeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<FreezeResponse> {
    return this.freezes.create('unit', id, dto, actor);
  }

  @Patch('staff/:id/freezes/:freezeId')
  @Roles('hr_officer')
  @ApiOkResponse({ type: FreezeResponse, description: 'The freeze, ended on `to`' })
  @ApiErrors(403, 404)
  liftForStaff(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('freezeId', ParseUUIDPipe) freezeId: string,
    @Body() dto: LiftFreezeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<FreezeResponse> {
    return this.freezes.lift('staff', id, freezeId, dto, actor);
  }

  @Patch('units/:id/freezes/:freezeId')
  @Roles('hr_officer')
  @ApiOkResponse({ type: FreezeResponse, description: 'The freeze, ended on `to`' })
  @ApiErrors(403, 404)
  liftForUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('freezeId', ParseUUIDPipe) freezeId: string,
    @Body() dto: LiftFreezeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<FreezeResponse> {
    return this.freezes.lift('unit', id, freezeId, dto, actor);
  }

  @Get('staff/:id/freezes')
  @ApiOkResponse({ type: [FreezeResponse] })
  @ApiErrors(403, 404)
  listForStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<FreezeResponse[]> {
    return this.freezes.listFor('staff', id, user);
  }

  @Get('units/:id/freezes')
  @ApiOkResponse({ type: [FreezeResponse] })
  @ApiErrors(403, 404)
  listForUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<FreezeResponse[]> {
    return this.freezes.listFor('unit', id, user);
  }
}
