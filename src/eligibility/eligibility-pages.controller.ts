import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser } from '../common/access/decorators.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ERROR_STATUS, type ErrorCode } from '../common/errors/error-codes.js';
import { pagerFor } from '../common/paging/pager.js';
import { domainFieldErrors, type FieldErrors, parseForm } from '../common/views/form.js';
import { renderPage, submittedValues } from '../common/views/form-submission.js';
import { localeFor } from '../common/views/page-context.js';
import { translate } from '../i18n/translate.js';
import { unitOptions } from '../units/unit-options.js';
import { UnitsService } from '../units/units.service.js';
import { CANDIDATE_FILTERS, ListCandidatesQuery } from './dto/list-candidates.query.js';
import { type CandidatesPage, type CandidateView, EligibilityService } from './eligibility.service.js';
import { awardChoiceGroups, criterionRows, defaultRoundYear, rulesLegend } from './eligibility.views.js';
import { rulebookFor } from '../law/index.js';
import { yearEnd } from '../law/periods.js';
import { type AuthUser, type AwardCode, type Locale } from '../kernel/index.js';

const TEMPLATE = 'pages/eligibility/candidates';
const FILTER_FIELDS = ['awardType', 'subject', 'year', 'unitId', 'filter'] as const;
/** "Everyone" first: it is what an empty filter means, and a select shows its first option when none matches. */
const FILTER_ORDER: ReadonlyArray<(typeof CANDIDATE_FILTERS)[number]> = ['all', 'eligible', 'near_miss'];

/** Errors of the pure engine (plain errors with a code) a person can fix by choosing other filters. */
const ENGINE_CODES = new Set<string>(['NO_RULEBOOK_FOR_DATE', 'UNKNOWN_AWARD_TYPE', 'AWARD_NOT_FOR_SUBJECT', 'INVALID_DATE']);

export function engineErrorCode(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return !(error instanceof DomainError) && typeof code === 'string' && ENGINE_CODES.has(code) ? (code as ErrorCode) : null;
}

/** "Ai đủ điều kiện năm nay": the candidates of one award, year and unit, as a page that needs no script. */
@Controller('eligibility')
export class EligibilityPagesController {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly catalogue: CatalogueService,
    private readonly units: UnitsService,
  ) {}

  @Get()
  async candidates(
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    const submitted = { awardType: 'LDTT', year: String(defaultRoundYear()), ...query };
    const values = submittedValues(submitted, FILTER_FIELDS);
    const parsed = await parseForm(ListCandidatesQuery, submitted, lang);
    let errors: FieldErrors = parsed.ok ? {} : parsed.errors;
    let error: string | null = null;
    let status = parsed.ok ? 200 : 400;
    let page: CandidatesPage | null = null;
    if (parsed.ok) {
      try {
        page = await this.eligibility.candidates(parsed.value, user);
      } catch (caught) {
        const code = engineErrorCode(caught);
        if (code) {
          error = translate(lang, `errors.${code}`);
          status = ERROR_STATUS[code];
        } else {
          errors = domainFieldErrors(caught, lang);
          status = ERROR_STATUS[(caught as DomainError).code];
        }
      }
    }
    const types = await this.catalogue.list();
    const yearForRules = parsed.ok ? parsed.value.year : defaultRoundYear();
    const rulebook = safeRulebook(parsed.ok && parsed.value.asOf ? parsed.value.asOf : yearEnd(yearForRules));
    const award = (page?.awardType ?? null) as AwardCode | null;
    await renderPage(
      request,
      reply,
      TEMPLATE,
      {
        title: translate(lang, 'eligibility.title'),
        values,
        errors,
        error,
        alert: Object.keys(errors).length > 0 ? translate(lang, 'common.fixErrors') : null,
        awardGroups: awardChoiceGroups(types, rulebook, null, lang),
        subjectChoices: ['individual', 'collective'].map((value) => ({ value, label: translate(lang, `catalogue.subjects.${value}`) })),
        filterChoices: FILTER_ORDER.map((value) => ({ value, label: translate(lang, `eligibility.filters.${value}`) })),
        unitOptions: unitOptions(await this.units.list(user)),
        result: page ? resultModel(page, values, lang) : null,
        legend: rulesLegend(rulebook, types, lang, award),
      },
      status,
    );
  }
}

/** The rulebook of the date, or the current one when none covers it (the page still shows its legend). */
function safeRulebook(date: string) {
  try {
    return rulebookFor(date);
  } catch {
    return rulebookFor(yearEnd(new Date().getFullYear()));
  }
}

function resultModel(page: CandidatesPage, values: Record<(typeof FILTER_FIELDS)[number], string>, lang: Locale) {
  const isStaff = page.subject === 'individual';
  return {
    heading: translate(lang, 'eligibility.resultFor', { award: translate(lang, `law.awards.${page.awardType}`), year: page.year }),
    subjectLabel: translate(lang, `catalogue.subjects.${page.subject}`),
    counts: translate(lang, 'eligibility.counts', page.counts),
    isStaff,
    items: page.items.map((item) => itemModel(item, page, isStaff, lang)),
    pager: pagerFor('/eligibility', { ...values, year: String(page.year) }, page),
  };
}

function itemModel(item: CandidateView, page: CandidatesPage, isStaff: boolean, lang: Locale) {
  return {
    name: item.name,
    code: item.code,
    unitName: item.unitName,
    historyHref: isStaff ? `/staff/${item.id}/history?year=${page.year}&awardType=${page.awardType}#eligibility` : null,
    status: item.status,
    statusLabel: translate(lang, `eligibility.status.${item.status}`),
    missing: criterionRows(item.missing, lang),
    toConfirm: item.toConfirm > 0 ? translate(lang, 'eligibility.toConfirm', { count: item.toConfirm }) : null,
  };
}
