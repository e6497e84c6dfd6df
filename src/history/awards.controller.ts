import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { AwardsService } from './awards.service.js';
import { CreateAwardDto } from './dto/create-award.dto.js';
import { AwardCreatedResponse, AwardRecordResponse } from './dto/history.response.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { withWordedWarnings } from '../common/validation/plausibility.js';
import { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

@ApiTags('history')
@Controller('api')
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @Post('awards')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: AwardCreatedResponse, description: 'Recorded; `warnings` says what is unlikely about it' })
  @ApiErrors(403, 409, [
    422,
    'ISSUER_NOT_IN_FORCE: the decision date lies outside the issuer’s validity; RECORD_IMPLAUSIBLE: cannot be true (the message states the rule)',
  ])
  create(@Body() dto: CreateAwardDto, @CurrentUser() actor: AuthUser, @AnswerLocale() lang: Locale): Promise<AwardCreatedResponse> {
    return withWordedWarnings(this.awards.create(dto, actor), lang);
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
