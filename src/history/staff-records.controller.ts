import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { DisciplinesService } from './disciplines.service.js';
import { CreateDisciplineDto } from './dto/create-discipline.dto.js';
import { CreateInitiativeDto } from './dto/create-initiative.dto.js';
import { InitiativesService } from './initiatives.service.js';
import { type AuthUser } from '../kernel/index.js';

/** Initiatives and discipline: records only a staff member has. */
@Controller('api/staff/:id')
export class StaffRecordsController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly disciplines: DisciplinesService,
  ) {}

  @Post('initiatives')
  @Roles('hr_officer')
  createInitiative(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateInitiativeDto, @CurrentUser() actor: AuthUser) {
    return this.initiatives.create(id, dto, actor);
  }

  @Get('initiatives')
  listInitiatives(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.initiatives.listFor(id, user);
  }

  @Post('disciplines')
  @Roles('hr_officer')
  createDiscipline(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateDisciplineDto, @CurrentUser() actor: AuthUser) {
    return this.disciplines.create(id, dto, actor);
  }

  @Get('disciplines')
  listDisciplines(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.disciplines.listFor(id, user);
  }
}
