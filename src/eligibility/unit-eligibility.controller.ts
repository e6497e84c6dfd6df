import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/access/decorators.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { CollectiveEligibilityQuery } from './dto/collective-eligibility.query.js';
import { CollectiveEligibilityResponse } from './dto/eligibility.response.js';
import { presentCollective } from './eligibility.presenter.js';
import { EligibilityService } from './eligibility.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

/** A unit's eligibility for every collective award at once (the unit page's panel): any signed-in user, within their units. */
@ApiTags('eligibility')
@Controller('api/units')
export class UnitEligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  @Get(':id/eligibility')
  @ApiOkResponse({ type: CollectiveEligibilityResponse, description: 'Every collective award of the year, criterion by criterion' })
  @ApiErrors(403, 404, 422)
  async forUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CollectiveEligibilityQuery,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
  ): Promise<CollectiveEligibilityResponse> {
    return presentCollective(await this.eligibility.evaluateCollective(id, query.year, user), lang);
  }
}
