import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { DisciplinesService } from './disciplines.service.js';
import { CreateDisciplineDto } from './dto/create-discipline.dto.js';
import { CreateInitiativeDto } from './dto/create-initiative.dto.js';
import { DisciplineResponse, InitiativeResponse } from './dto/history.response.js';
import { InitiativesService } from './initiatives.service.js';
import { type AuthUser } from '../kernel/index.js';

/** Initiatives and discipline: records only a staff member has. */
@ApiTags('history')
@Controller('api/staff/:id')
export class StaffRecordsController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly disciplines: DisciplinesService,
  ) {}

  @Post('initiatives')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: InitiativeResponse })
  @ApiErrors(403, 404, 409)
  createInitiative(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateInitiativeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<InitiativeResponse> {
    return this.initiatives.create(id, dto, actor);
  }

  @Get('initiatives')
  @ApiOkResponse({ type: [InitiativeResponse] })
  @ApiErrors(403, 404)
  listInitiatives(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<InitiativeResponse[]> {
    return this.initiatives.listFor(id, user);
  }

  @Post('disciplines')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: DisciplineResponse })
  @ApiErrors(403, 404, 409)
  createDiscipline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateDisciplineDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<DisciplineResponse> {
    return this.disciplines.create(id, dto, actor);
  }

  @Get('disciplines')
  @ApiOkResponse({ type: [DisciplineResponse] })
  @ApiErrors(403, 404)
  listDisciplines(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DisciplineResponse[]> {
    return this.disciplines.listFor(id, user);
  }
}
