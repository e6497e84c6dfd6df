import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser, type Locale } from '../kernel/index.js';
import { CreateCorrectionDto, CreateRecoveryDto, CreateRevocationDto } from './dto/create-revocation.dto.js';
import { LaterDecisionResponse, LineFateResponse, RecoveryCreatedResponse } from './dto/revocations.response.js';
import { fateNotes } from './line-fates.js';
import { RevocationsService } from './revocations.service.js';

/** Revocations and corrections of issued decisions, and the recoveries after a revocation (Law 2022 Chapter VII). */
@ApiTags('decisions')
@Controller('api/decisions/:id')
export class RevocationsController {
  constructor(private readonly revocations: RevocationsService) {}

  @Post('revocations')
  @Roles('hr_officer')
  @ApiCreatedResponse({
    type: LaterDecisionResponse,
    description: 'A revocation draft of the lines named (all without lineIds); issuing it marks their awards revoked',
  })
  @ApiErrors(403, 404, [409, 'DECISION_NOT_ISSUED: the original is a draft; DECISION_LINE_ALREADY_REVOKED'], 422)
  revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateRevocationDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<LaterDecisionResponse> {
    return this.revocations.draftRevocation(id, dto, actor);
  }

  @Post('corrections')
  @Roles('hr_officer')
  @ApiCreatedResponse({
    type: LaterDecisionResponse,
    description: 'A correction draft (a misspelt name…): new snapshots referencing the original lines; no award record changes',
  })
  @ApiErrors(403, 404, [409, 'DECISION_NOT_ISSUED: the original is a draft; DECISION_LINE_ALREADY_REVOKED'], 422)
  correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCorrectionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<LaterDecisionResponse> {
    return this.revocations.draftCorrection(id, dto, actor);
  }

  @Get('line-fates')
  @ApiOkResponse({ type: [LineFateResponse], description: 'Per line revoked or corrected since: the decisions, the recoveries, in words' })
  @ApiErrors(404)
  async fates(@Param('id', ParseUUIDPipe) id: string, @AnswerLocale() lang: Locale): Promise<LineFateResponse[]> {
    return (await this.revocations.fates(id)).map((fate) => ({ ...fate, notes: fateNotes(fate, lang) }));
  }

  @Post('lines/:lineId/recoveries')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: RecoveryCreatedResponse, description: 'The money and certificate recovered for a revoked line' })
  @ApiErrors(403, 404, [409, 'DECISION_LINE_NOT_REVOKED'])
  recover(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() dto: CreateRecoveryDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<RecoveryCreatedResponse> {
    return this.revocations.recordRecovery(id, lineId, dto, actor);
  }
}
