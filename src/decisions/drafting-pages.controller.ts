import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Roles } from '../common/access/decorators.js';
import { pagerFor } from '../common/paging/pager.js';
import { IsOptionalUuid } from '../common/validation/fields.js';
import { NormalizedOptional } from '../common/validation/trim.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { answerForm, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { hasAnyRole, type Locale } from '../kernel/index.js';
import { CreateDecisionDto } from './dto/create-decision.dto.js';
import { ListDecisionsQuery } from './dto/list-decisions.query.js';
import { DraftingService } from './drafting.service.js';
import type { DecisionDetail } from './drafting.views.js';
import { DecisionPageModels } from './decision-page.model.js';

/** The decision page's address: the flash after a save, and the search of the eligible people to pick. */
class DecisionPageQuery extends FlashQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** "Add everyone eligible" on the decision page: a unit to narrow to, and the reason for those who do not qualify. */
class AddEligibleForm {
  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string | null;
}

/** "Add by code": staff codes (unit codes for a collective decision), one a line or separated by commas. */
class AddCodesForm {
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  codes!: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason?: string | null;

  @IsOptional()
  @IsIn(['1'])
  confirm?: string;
}

const NEW_FIELDS = ['issuerId', 'awardType', 'year', 'subject'] as const;
const money = (locale: Locale, amount: number | null): string =>
  amount === null ? '' : new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(amount);

/** The decisions pages: the list, a new draft, a draft with its lines (Vietnamese first, no JavaScript needed). */
@Controller('decisions')
export class DraftingPagesController {
  constructor(
    private readonly drafting: DraftingService,
    private readonly pages: DecisionPageModels,
  ) {}

  @Get()
  @Render('pages/decisions/list')
  async list(@QueryOrDefaults(ListDecisionsQuery) query: ListDecisionsQuery, @PageRequest() page: PageRequest) {
    const found = await this.drafting.list(query);
    const filters = {
      issuerId: query.issuerId ?? null,
      year: query.year ? String(query.year) : null,
      awardType: query.awardType ?? null,
      state: query.state ?? null,
    };
    return {
      title: translate(page.lang, 'decisions.pages.title'),
      ...(await this.drafting.choices()),
      filters,
      canDraft: hasAnyRole(page.user, ['hr_officer']),
      items: found.items.map((item) => ({
        ...item,
        stateText: translate(page.lang, `decisions.pages.states.${item.state}`),
        total: money(page.lang, item.totalAmount),
      })),
      pager: pagerFor('/decisions', filters, found),
    };
  }

  @Trail({ label: 'decisions.pages.title', href: '/decisions' })
  @Get('new')
  @Roles('hr_officer')
  @Render('pages/decisions/new')
  async newForm(@PageRequest() page: PageRequest) {
    return this.newModel(page.lang, { issuerId: '', awardType: '', year: String(new Date().getFullYear() - 1), subject: '' });
  }

  @Post()
  @Roles('hr_officer')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const cleaned = Object.fromEntries(Object.entries(body).filter(([key, value]) => !(key === 'subject' && value === '')));
    return answerForm(page, CreateDecisionDto, cleaned, (dto) => this.drafting.create(dto, page.user), {
      redirectTo: (created) => `/decisions/${created.id}`,
      template: 'pages/decisions/new',
      model: () => this.newModel(page.lang, submittedValues(body, NEW_FIELDS)),
    });
  }

  @Trail({ label: 'decisions.pages.title', href: '/decisions' })
  @Get(':id')
  @Render('pages/decisions/detail')
  async detail(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(DecisionPageQuery) query: DecisionPageQuery,
    @PageRequest() page: PageRequest,
  ) {
    return this.pages.detail(page, await this.drafting.get(id), flashMessage(page.lang, query), {}, {}, query.q ?? '');
  }

  @Post(':id/lines/eligible')
  @Roles('hr_officer')
  addEligible(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      AddEligibleForm,
      body,
      (form) =>
        this.drafting.addLines(
          id,
          { fromCandidates: { filter: 'eligible', unitId: form.unitId ?? null }, reason: form.reason ?? null },
          page.user,
        ),
      {
        redirectTo: `/decisions/${id}`,
        template: 'pages/decisions/detail',
        model: async () => this.detailModel(page, await this.drafting.get(id), null),
      },
    );
  }

  @Post(':id/lines/codes')
  @Roles('hr_officer')
  addCodes(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      AddCodesForm,
      body,
      (form) => {
        const csv = `Mã\n${form.codes
          .split(/[\s,;]+/u)
          .filter(Boolean)
          .join('\n')}\n`;
        return this.drafting.addLinesFromFile(
          id,
          { filename: 'codes.csv', mimetype: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
          form.reason ?? null,
          page.user,
        );
      },
      {
        redirectTo: `/decisions/${id}`,
        // The codes typed here are the file of the API: its problems go beside the field.
        errors: (errors) => Object.fromEntries(Object.entries(errors).map(([field, text]) => [field === 'file' ? 'codes' : field, text])),
        template: 'pages/decisions/detail',
        model: async () => this.detailModel(page, await this.drafting.get(id), null),
      },
    );
  }

  @Post(':id/lines/:lineId/remove')
  @Roles('hr_officer')
  removeLine(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('lineId', ParseUUIDPipe) lineId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    return answerForm(page, FlashQuery, {}, () => this.drafting.removeLine(id, lineId, page.user), {
      redirectTo: `/decisions/${id}`,
      template: 'pages/decisions/detail',
      model: async () => this.detailModel(page, await this.drafting.get(id), null),
    });
  }

  private async newModel(lang: Locale, values: Record<(typeof NEW_FIELDS)[number], string>) {
    return { title: translate(lang, 'decisions.pages.new'), ...(await this.drafting.choices()), values, alert: null };
  }

  private detailModel(page: PageRequest, decision: DecisionDetail, flash: string | null) {
    return this.pages.detail(page, decision, flash);
  }
}
