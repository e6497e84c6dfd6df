import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CreateUnitDto } from './dto/create-unit.dto.js';
import { UnitResponse } from './dto/unit.response.js';
import { UpdateUnitDto } from './dto/update-unit.dto.js';
import { UnitsService } from './units.service.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('units')
@Controller('api/units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UnitResponse })
  @ApiErrors(409)
  create(@Body() dto: CreateUnitDto, @CurrentUser() actor: AuthUser): Promise<UnitResponse> {
    return this.units.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: [UnitResponse], description: 'The units you may see, each parent before its children, siblings by name' })
  list(@CurrentUser() user: AuthUser): Promise<UnitResponse[]> {
    return this.units.list(user);
  }

  @Get(':id')
  @ApiOkResponse({ type: UnitResponse })
  @ApiErrors(403, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<UnitResponse> {
    return this.units.get(id, user);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UnitResponse })
  @ApiErrors(404, 409)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto, @CurrentUser() actor: AuthUser): Promise<UnitResponse> {
    return this.units.update(id, dto, actor);
  }
}
