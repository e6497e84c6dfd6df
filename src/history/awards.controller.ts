import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { AwardsService } from './awards.service.js';
import { CreateAwardDto } from './dto/create-award.dto.js';
import { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { type AuthUser } from '../kernel/index.js';

@Controller('api')
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @Post('awards')
  @Roles('hr_officer')
  create(@Body() dto: CreateAwardDto, @CurrentUser() actor: AuthUser) {
    return this.awards.create(dto, actor);
  }

  @Post('awards/:id/revoke')
  @HttpCode(200)
  @Roles('hr_officer')
  revoke(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RevokeAwardDto, @CurrentUser() actor: AuthUser) {
    return this.awards.revoke(id, dto, actor);
  }

  @Get('staff/:id/awards')
  listForStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.awards.listFor('staff', id, user);
  }

  @Get('units/:id/awards')
  listForUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.awards.listFor('unit', id, user);
  }
}
