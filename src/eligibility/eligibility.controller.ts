import { Controller, Get, Query } from '@nestjs/common';
import { CurrentUser } from '../common/access/decorators.js';
import { EligibilityQuery } from './dto/eligibility.query.js';
import { ListCandidatesQuery } from './dto/list-candidates.query.js';
import { EligibilityService } from './eligibility.service.js';
import { type AuthUser } from '../kernel/index.js';

/** Who qualifies for what, with the reasons: any signed-in user, within their units. */
@Controller('api/eligibility')
export class EligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  @Get()
  evaluate(@Query() query: EligibilityQuery, @CurrentUser() user: AuthUser) {
    return this.eligibility.evaluate(query, user);
  }

  @Get('candidates')
  candidates(@Query() query: ListCandidatesQuery, @CurrentUser() user: AuthUser) {
    return this.eligibility.candidates(query, user);
  }
}
