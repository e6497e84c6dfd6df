import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CatalogueService } from './catalogue.service.js';
import { CreateAwardTypeDto } from './dto/create-award-type.dto.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api/award-types')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  list() {
    return this.catalogue.list();
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateAwardTypeDto, @CurrentUser() actor: AuthUser) {
    return this.catalogue.create(dto, actor);
  }

  @Post(':code/retire')
  @HttpCode(200)
  @Roles('admin')
  retire(@Param('code') code: string, @CurrentUser() actor: AuthUser) {
    return this.catalogue.retire(code, actor);
  }
}
