import { Body, Controller, Get, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { withFlash } from '../common/views/flash.js';
import { type FieldErrors, parseForm } from '../common/views/form.js';
import { asArray, type FormBody } from '../common/views/form-submission.js';
import { parsePageQuery, QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest, redirectTo, renderPage } from '../common/views/page-request.js';
import { BulkAwardDto, PutAppraisalsDto } from '../history/index.js';
import { translate } from '../i18n/translate.js';
import { BulkEntryPagesService } from './bulk-entry-pages.service.js';
import { DecisionPageQuery, GridPageQuery } from './dto/bulk-pages.query.js';
import { type DecisionValues, refusalErrors } from './bulk-entry.views.js';

const APPRAISALS = 'pages/bulk-entry/appraisals';
const AWARDS = 'pages/bulk-entry/awards';

/** Text of a form field, '' when absent or not text. */
const text = (body: FormBody, field: string): string => (typeof body[field] === 'string' ? body[field] : '');
/** The posted form, or nothing when the body is not a form (no body, a JSON array…). */
const formOf = (body: unknown): FormBody => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as FormBody) : {});
/** A year as the API takes it (a number); anything else is left as typed, for the DTO to refuse. */
const yearOf = (value: string): number | string => (/^\d{4}$/u.test(value.trim()) ? Number(value.trim()) : value);

/**
 * Whole departments at once, for HR officers: a unit's ratings of a year in one grid
 * (`/bulk/appraisals`), and one paper decision for the people it names (`/bulk/awards`). Both post
 * to the services of `PUT /api/appraisals` and `POST /api/awards/bulk`; saved, they come back to the
 * same list (303) with what was written; refused, the list again as sent, with the reason.
 */
@Controller('bulk')
@Roles('hr_officer')
export class BulkEntryPagesController {
  constructor(private readonly pages: BulkEntryPagesService) {}

  @Get('appraisals')
  @Render(APPRAISALS)
  appraisals(@QueryOrDefaults(GridPageQuery) query: GridPageQuery, @PageRequest() page: PageRequest) {
    return this.pages.appraisalsModel(page, query, null);
  }

  @Post('appraisals')
  async saveAppraisals(@Body() posted: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const body = formOf(posted);
    const filter = await parsePageQuery(GridPageQuery, body, 'default');
    const ids = asArray(body.id);
    const ratings = asArray(body.rating);
    const input = {
      year: yearOf(text(body, 'year')),
      subject: text(body, 'subject'),
      ratings: ids.map((id, index) => ({ id, rating: ratings[index] ? ratings[index] : null })),
    };
    const submitted = new Map(ids.map((id, index) => [id, ratings[index] ?? '']));
    const parsed = await parseForm(PutAppraisalsDto, input, page.lang);
    if (!parsed.ok) {
      return this.refuseAppraisals(page, filter, submitted, 400, parsed.errors);
    }
    try {
      const saved = await this.pages.bulk.putRatings(parsed.value, page.user);
      return redirectTo(
        page,
        withFlash(this.pages.gridAddress('/bulk/appraisals', filter), `${saved.created}-${saved.updated}-${saved.removed}`),
      );
    } catch (error) {
      const refusal = refusalErrors(error, page.lang);
      return this.refuseAppraisals(page, filter, submitted, refusal.status, refusal.errors);
    }
  }

  @Get('awards')
  @Render(AWARDS)
  awards(@QueryOrDefaults(DecisionPageQuery) query: DecisionPageQuery, @PageRequest() page: PageRequest) {
    return this.pages.awardsModel(page, query, null);
  }

  @Post('awards')
  async recordDecision(@Body() posted: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const body = formOf(posted);
    const filter = await parsePageQuery(DecisionPageQuery, body, 'default');
    const ids = asArray(body.ids);
    const values: DecisionValues = {
      decisionNumber: text(body, 'decisionNumber'),
      decisionDate: text(body, 'decisionDate'),
      issuerName: text(body, 'issuerName'),
      ids: new Set(ids),
    };
    const list = filter.subject === 'unit' ? 'unitIds' : 'staffIds';
    const input = {
      awardType: text(body, 'awardType'),
      year: yearOf(text(body, 'year')),
      decisionNumber: values.decisionNumber,
      decisionDate: values.decisionDate,
      issuerName: values.issuerName,
      [list]: ids,
    };
    const parsed = await parseForm(BulkAwardDto, input, page.lang);
    if (!parsed.ok || ids.length === 0) {
      const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
      delete errors[list];
      if (ids.length === 0) {
        errors.ids = translate(page.lang, 'bulkEntry.noneSelected');
      } else if (!parsed.ok && parsed.errors[list]) {
        errors._form = parsed.errors[list];
      }
      return this.refuseDecision(page, filter, values, 400, errors);
    }
    try {
      const recorded = await this.pages.bulk.recordDecision(parsed.value, page.user);
      const address = `${this.pages.gridAddress('/bulk/awards', filter)}&awardType=${encodeURIComponent(parsed.value.awardType)}&recorded=${recorded.count}&number=${encodeURIComponent(parsed.value.decisionNumber)}`;
      return redirectTo(page, address);
    } catch (error) {
      const refusal = refusalErrors(error, page.lang);
      return this.refuseDecision(page, filter, values, refusal.status, refusal.errors);
    }
  }

  private async refuseAppraisals(
    page: PageRequest,
    filter: GridPageQuery,
    submitted: ReadonlyMap<string, string>,
    status: number,
    errors: FieldErrors,
  ): Promise<PageAnswer> {
    const model = await this.pages.appraisalsModel(page, filter, submitted);
    return renderPage(page, APPRAISALS, { ...model, errors, alert: translate(page.lang, 'common.fixErrors') }, status);
  }

  private async refuseDecision(
    page: PageRequest,
    filter: DecisionPageQuery,
    values: DecisionValues,
    status: number,
    errors: FieldErrors,
  ): Promise<PageAnswer> {
    const model = await this.pages.awardsModel(page, filter, values);
    return renderPage(page, AWARDS, { ...model, errors, alert: translate(page.lang, 'common.fixErrors') }, status);
  }
}
