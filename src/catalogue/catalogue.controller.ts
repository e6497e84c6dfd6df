import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CatalogueService } from './catalogue.service.js';
import { AwardTypeResponse } from './dto/award-type.response.js';
import { CreateAwardTypeDto } from './dto/create-award-type.dto.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('catalogue')
@Controller('api/award-types')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  @ApiOkResponse({ type: [AwardTypeResponse], description: 'In display order, retired types included' })
  list(): Promise<AwardTypeResponse[]> {
    return this.catalogue.list();
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: AwardTypeResponse, description: 'A local award type' })
  @ApiErrors(409)
  create(@Body() dto: CreateAwardTypeDto, @CurrentUser() actor: AuthUser): Promise<AwardTypeResponse> {
    return this.catalogue.create(dto, actor);
  }

  @Post(':code/retire')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: AwardTypeResponse, description: 'Kept, and no longer offered for new records' })
  @ApiErrors(404, 409)
  retire(@Param('code') code: string, @CurrentUser() actor: AuthUser): Promise<AwardTypeResponse> {
    return this.catalogue.retire(code, actor);
  }
}
