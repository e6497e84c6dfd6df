import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../common/access/decorators.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { EligibilityQuery } from './dto/eligibility.query.js';
import { CandidatesPageResponse, EligibilityResultResponse } from './dto/eligibility.response.js';
import { ListCandidatesQuery } from './dto/list-candidates.query.js';
import { presentCandidates, presentEligibility } from './eligibility.presenter.js';
import { EligibilityService } from './eligibility.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

/** Who qualifies for what, with the reasons in the user's language: any signed-in user, within their units. */
@ApiTags('eligibility')
@Controller('api/eligibility')
export class EligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  @Get()
  @ApiOkResponse({ type: EligibilityResultResponse, description: 'One staff member (staffId) or unit (unitId), criterion by criterion' })
  @ApiErrors(403, 404, 422)
  async evaluate(
    @Query() query: EligibilityQuery,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
  ): Promise<EligibilityResultResponse> {
    return presentEligibility(await this.eligibility.evaluate(query, user), lang);
  }

  @Get('candidates')
  @ApiOkResponse({ type: CandidatesPageResponse, description: 'Everyone in scope: eligible first, then near-misses, then the rest' })
  @ApiErrors(403, 404, 422)
  async candidates(
    @Query() query: ListCandidatesQuery,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
  ): Promise<CandidatesPageResponse> {
    return presentCandidates(await this.eligibility.candidates(query, user), lang);
  }
}
