import { Controller, Get, Query } from '@nestjs/common';
import { CurrentUser } from '../common/access/decorators.js';
import { EligibilityQuery } from './dto/eligibility.query.js';
import { ListCandidatesQuery } from './dto/list-candidates.query.js';
import { type CandidatesAnswer, type EligibilityAnswer, presentCandidates, presentEligibility } from './eligibility.presenter.js';
import { EligibilityService } from './eligibility.service.js';
import { type AuthUser } from '../kernel/index.js';

/** Who qualifies for what, with the reasons in the user's language: any signed-in user, within their units. */
@Controller('api/eligibility')
export class EligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  @Get()
  async evaluate(@Query() query: EligibilityQuery, @CurrentUser() user: AuthUser): Promise<EligibilityAnswer> {
    return presentEligibility(await this.eligibility.evaluate(query, user), user.locale);
  }

  @Get('candidates')
  async candidates(@Query() query: ListCandidatesQuery, @CurrentUser() user: AuthUser): Promise<CandidatesAnswer> {
    return presentCandidates(await this.eligibility.candidates(query, user), user.locale);
  }
}
