import { Controller, Get, Query } from '@nestjs/common';
import { CatalogueService } from '../catalogue/index.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { unitOptions, UnitsService } from '../units/index.js';
import { candidatesFieldErrors, candidatesForm, candidatesView } from './candidates.views.js';
import { ListCandidatesQuery } from './dto/list-candidates.query.js';
import { EligibilityService } from './eligibility.service.js';

/** "Ai đủ điều kiện năm nay": the candidates of one award, year and unit, as a page that needs no script. */
@Controller('eligibility')
export class EligibilityPagesController {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly catalogue: CatalogueService,
    private readonly units: UnitsService,
  ) {}

  /** A search form: the filters are refused beside the fields (400), the engine's refusals above the results. */
  @Get()
  candidates(@Query() query: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = candidatesForm(query);
    return answerForm(page, ListCandidatesQuery, form, (filter) => this.eligibility.candidates(filter, page.user), {
      template: 'pages/eligibility/candidates',
      fieldErrors: candidatesFieldErrors,
      model: async (search) =>
        candidatesView(form, search, await this.catalogue.list(), unitOptions(await this.units.list(page.user)), page.lang),
    });
  }
}
