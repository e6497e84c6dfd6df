import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CreateIssuerDto } from './dto/create-issuer.dto.js';
import { UpdateIssuerDto } from './dto/update-issuer.dto.js';
import { IssuersService } from './issuers.service.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api/issuers')
export class IssuersController {
  constructor(private readonly issuers: IssuersService) {}

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateIssuerDto, @CurrentUser() actor: AuthUser) {
    return this.issuers.create(dto, actor);
  }

  @Get()
  list() {
    return this.issuers.list();
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.issuers.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateIssuerDto, @CurrentUser() actor: AuthUser) {
    return this.issuers.update(id, dto, actor);
  }
}
