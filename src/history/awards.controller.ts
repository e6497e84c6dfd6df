import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { AwardsService } from './awards.service.js';
import { CreateAwardDto } from './dto/create-award.dto.js';
import { AwardRecordResponse } from './dto/history.response.js';
import { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { type AuthUser } from '../kernel/index.js';

@ApiTags('history')
@Controller('api')
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @Post('awards')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: AwardRecordResponse })
  @ApiErrors(403, 409, [422, 'ISSUER_NOT_IN_FORCE: the decision date lies outside the issuer’s validity; the message names its successor'])
  create(@Body() dto: CreateAwardDto, @CurrentUser() actor: AuthUser): Promise<AwardRecordResponse> {
    return this.awards.create(dto, actor);
  }

  @Post('awards/:id/revoke')
  @HttpCode(200)
  @Roles('hr_officer')
  @ApiOkResponse({ type: AwardRecordResponse, description: 'The record, kept and marked revoked' })
  @ApiErrors(403, 404, 409)
  revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RevokeAwardDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AwardRecordResponse> {
    return this.awards.revoke(id, dto, actor);
  }

  @Get('staff/:id/awards')
  @ApiOkResponse({ type: [AwardRecordResponse], description: 'Newest year first' })
  @ApiErrors(403, 404)
  listForStaff(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<AwardRecordResponse[]> {
    return this.awards.listFor('staff', id, user);
  }

  @Get('units/:id/awards')
  @ApiOkResponse({ type: [AwardRecordResponse], description: 'Newest year first' })
  @ApiErrors(403, 404)
  listForUnit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<AwardRecordResponse[]> {
    return this.awards.listFor('unit', id, user);
  }
}
