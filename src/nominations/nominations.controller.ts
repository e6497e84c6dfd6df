import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { type AuthUser, type Locale } from '../kernel/index.js';
import type { NominationAction } from '../law/index.js';
import { ListNominationsQuery, QuotaQuery } from './dto/list-nominations.query.js';
import { BulkNominationsDto, BulkTransitionsDto, CreateNominationDto, TransitionDto, UpdateNominationDto } from './dto/nomination.dto.js';
import {
  AppliedTransitionsResponse,
  CreatedNominationsResponse,
  NominationDetailResponse,
  NominationPageResponse,
  NominationResponse,
  QuotaResponse,
} from './dto/nomination.response.js';
import { NominationsService } from './nominations.service.js';

/**
 * Nominations (đề nghị khen thưởng): HR officers draft and submit within their units, managers
 * review (approve, return, reject), proposers or managers withdraw; who may do which transition is
 * the law's table (src/law/nominations/transitions.ts), checked per nomination. Viewers read.
 */
@ApiTags('nominations')
@Controller('api/nominations')
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post()
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: NominationResponse, description: 'A draft' })
  @ApiErrors(400, 403, 409, 422)
  async create(@Body() dto: CreateNominationDto, @CurrentUser() actor: AuthUser): Promise<NominationResponse> {
    if (!dto.staffId === !dto.unitId) {
      throw staffXorUnit();
    }
    const created = await this.nominations.create(
      actor,
      { awardType: dto.awardType, year: dto.year, campaignId: dto.campaignId ?? null, achievements: dto.achievements },
      [{ staffId: dto.staffId, unitId: dto.unitId, proposedByUnitId: dto.proposedByUnitId }],
    );
    return created.items[0];
  }

  /** `{"awardType","year","staffIds":[…]}` all or nothing, or `{"awardType","year","unitId","eligibleOnly":true}`. */
  @Post('bulk')
  @Roles('hr_officer')
  @ApiCreatedResponse({ type: CreatedNominationsResponse, description: 'The drafts' })
  @ApiErrors(400, 403, 409, 422)
  bulk(@Body() dto: BulkNominationsDto, @CurrentUser() actor: AuthUser): Promise<CreatedNominationsResponse> {
    const common = { awardType: dto.awardType, year: dto.year, campaignId: dto.campaignId ?? null, achievements: dto.achievements ?? '' };
    if (dto.staffIds && !dto.unitId && !dto.eligibleOnly) {
      return this.nominations.create(
        actor,
        common,
        dto.staffIds.map((staffId) => ({ staffId })),
        { field: (index) => `staffIds.${index}` },
      );
    }
    if (!dto.staffIds && dto.unitId && dto.eligibleOnly === true) {
      return this.nominations.createForEligible(actor, common, dto.unitId);
    }
    throw new ValidationFailed([
      { field: 'staffIds', constraint: 'staffIdsXorEligible', key: 'nominations.fieldErrors.staffIdsXorEligible' },
    ]);
  }

  /** The review queue's bulk act: `{"action","reason"?,"items":[{"id","version"}]}`, all or nothing. */
  @Post('transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: AppliedTransitionsResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  transitions(@Body() dto: BulkTransitionsDto, @CurrentUser() actor: AuthUser): Promise<AppliedTransitionsResponse> {
    return this.nominations.transition(actor, dto.action, dto.items, dto.reason ?? null);
  }

  @Get()
  @ApiOkResponse({ type: NominationPageResponse })
  @ApiErrors(400, 403)
  list(@Query() query: ListNominationsQuery, @CurrentUser() user: AuthUser): Promise<NominationPageResponse> {
    return this.nominations.list(query, user);
  }

  /** The live counters: each unit's nominations holding a place against its quota. */
  @Get('quotas')
  @ApiOkResponse({ type: [QuotaResponse] })
  @ApiErrors(400, 403)
  quotas(@Query() query: QuotaQuery, @CurrentUser() user: AuthUser): Promise<QuotaResponse[]> {
    return this.nominations.quotas(user, query.year, query.unitId ?? null, query.awardType ?? null);
  }

  @Get(':id')
  @ApiOkResponse({ type: NominationDetailResponse })
  @ApiErrors(403, 404)
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
  ): Promise<NominationDetailResponse> {
    return this.nominations.detail(id, user, lang);
  }

  @Patch(':id')
  @Roles('hr_officer')
  @ApiOkResponse({ type: NominationResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateNominationDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<NominationResponse> {
    return this.nominations.update(id, dto, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AppliedTransitionsResponse, description: 'Exceeded quotas in `quotas` are a warning' })
  @ApiErrors(400, 403, 404, 409, 422)
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppliedTransitionsResponse> {
    return this.one(actor, 'submit', id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: AppliedTransitionsResponse, description: 'An exceeded quota refuses (409)' })
  @ApiErrors(400, 403, 404, 409, 422)
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppliedTransitionsResponse> {
    return this.one(actor, 'approve', id, dto);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOkResponse({ type: AppliedTransitionsResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  return(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppliedTransitionsResponse> {
    return this.one(actor, 'return', id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: AppliedTransitionsResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppliedTransitionsResponse> {
    return this.one(actor, 'reject', id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: AppliedTransitionsResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TransitionDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AppliedTransitionsResponse> {
    return this.one(actor, 'withdraw', id, dto);
  }

  private one(actor: AuthUser, action: NominationAction, id: string, dto: TransitionDto): Promise<AppliedTransitionsResponse> {
    return this.nominations.transition(actor, action, [{ id, version: dto.version }], dto.reason ?? null);
  }
}

const staffXorUnit = (): ValidationFailed =>
  new ValidationFailed([
    { field: 'staffId', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
    { field: 'unitId', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
  ]);
