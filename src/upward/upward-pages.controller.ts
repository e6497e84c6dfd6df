import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Roles } from '../common/access/decorators.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { errorStatus } from '../common/errors/error-codes.js';
import { pagerFor } from '../common/paging/pager.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { IsAwardTypeCode, IsRecordYear } from '../common/validation/fields.js';
import { NormalizedOptional } from '../common/validation/trim.js';
import { pageDateText } from '../common/validation/page-date.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { answerForm, asArray, type FormBody } from '../common/views/form-submission.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { CodedError, currentRoundYear, hasAnyRole, isAwardCode, type Locale, scopePatterns } from '../kernel/index.js';
import { postingRuleFor } from '../law/index.js';
import { provinceRulesOn } from '../nominations/index.js';
import { CreateDossierDto } from './dto/create-dossier.dto.js';
import { DossierDownloadQuery, ListDossiersQuery } from './dto/list-dossiers.query.js';
import { RecordOutcomeDto } from './dto/record-outcome.dto.js';
import { dossierFileOf, sendDossierFile } from './upward-files.js';
import { UpwardDocumentsService } from './upward-documents.service.js';
import { awardChoices, issuersInForce, readyNominations } from './upward.repository.js';
import { dossierLinks, UpwardService } from './upward.service.js';
import type { DossierDetail } from './upward.views.js';

/** The nominations the "new dossier" page offers, at most: a year's round of one body. */
const PICKS_SHOWN = 500;

/** `?year=&awardType=` of the "new dossier" page. */
class NewDossierQuery {
  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number | null;

  @NormalizedOptional()
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string | null;
}

const text = (body: FormBody, name: string): string | undefined => (typeof body[name] === 'string' ? body[name] : undefined);
const given = (body: FormBody, name: string): string | undefined => {
  const value = text(body, name)?.trim();
  return value === undefined || value === '' ? undefined : value;
};
const vietnamToday = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Every refusal a page can show: beside its field when it names one, else at the top of the form. */
function formErrors(error: unknown, lang: Locale): FieldErrors {
  try {
    return domainFieldErrors(error, lang);
  } catch (thrown) {
    const status = thrown instanceof CodedError ? errorStatus(thrown.code) : undefined;
    if (thrown instanceof CodedError && status !== undefined && status < 500 && status !== 404) {
      return { _form: errorMessage(thrown, lang) };
    }
    throw thrown;
  }
}

/**
 * The dossiers sent to the level that decides, as pages (Vietnamese first, no JavaScript needed):
 * the list, a new dossier from the passed nominations, one dossier with its documents, the form that
 * records a decision from above, and the signed copies. The same services as the API.
 */
@Controller('upward-dossiers')
export class UpwardPagesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly upward: UpwardService,
    private readonly documents: UpwardDocumentsService,
  ) {}

  @Get()
  @Render('pages/upward/list')
  async list(@QueryOrDefaults(ListDossiersQuery) query: ListDossiersQuery, @PageRequest() page: PageRequest) {
    const found = await this.upward.list(query, page.user);
    const filters = { year: query.year ? String(query.year) : null };
    return {
      title: translate(page.lang, 'upward.pages.title'),
      canCreate: hasAnyRole(page.user, ['council_secretary']),
      filters,
      items: found.items,
      pager: pagerFor('/upward-dossiers', filters, found),
    };
  }

  @Trail({ label: 'upward.pages.title', href: '/upward-dossiers' })
  @Get('new')
  @Roles('council_secretary')
  @Render('pages/upward/new')
  async newForm(@QueryOrDefaults(NewDossierQuery) query: NewDossierQuery, @PageRequest() page: PageRequest) {
    return this.newModel(page, query.year ?? currentRoundYear(), query.awardType ?? null, { addressee: '', issuerId: '', chosen: [] });
  }

  @Post()
  @Roles('council_secretary')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const chosen = asArray(body.nominationIds);
    const form = { nominationIds: chosen, addressee: text(body, 'addressee'), issuerId: given(body, 'issuerId') };
    const year = Number(text(body, 'year')) || currentRoundYear();
    return answerForm(page, CreateDossierDto, form, (dto) => this.upward.create(dto, page.user), {
      redirectTo: (created) => `/upward-dossiers/${created.id}`,
      template: 'pages/upward/new',
      fieldErrors: formErrors,
      model: () =>
        this.newModel(page, year, given(body, 'awardType') ?? null, {
          addressee: text(body, 'addressee') ?? '',
          issuerId: text(body, 'issuerId') ?? '',
          chosen,
        }),
    });
  }

  @Trail({ label: 'upward.pages.title', href: '/upward-dossiers' })
  @Get(':id')
  @Render('pages/upward/detail')
  async detail(@Param('id', ParseUUIDPipe) id: string, @QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() page: PageRequest) {
    return this.detailModel(page, await this.upward.get(id, page.user), flashMessage(page.lang, query), {});
  }

  /** The decision from above: one select per nomination still waiting ("not in this decision" leaves it waiting). */
  @Post(':id/outcome')
  @Roles('council_secretary', 'clerk')
  recordOutcome(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const lines = Object.entries(body)
      .filter(([name, value]) => name.startsWith('answer.') && (value === 'grant' || value === 'refuse'))
      .map(([name, value]) => ({ nominationId: name.slice('answer.'.length), granted: value === 'grant' }));
    const form = {
      number: text(body, 'number'),
      signedOn: text(body, 'signedOn'),
      issuer: text(body, 'issuer'),
      issuerId: given(body, 'issuerId'),
      lines,
    };
    return answerForm(page, RecordOutcomeDto, form, (dto) => this.upward.recordOutcome(id, dto, page.user), {
      redirectTo: `/upward-dossiers/${id}`,
      anchor: 'decisions',
      template: 'pages/upward/detail',
      fieldErrors: formErrors,
      // "Choose at least one" is said at the top of the answers, not as a field the form lacks.
      errors: (errors) =>
        Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.startsWith('lines') ? '_answers' : field, message])),
      model: async () => this.detailModel(page, await this.upward.get(id, page.user), null, body),
    });
  }

  @Get(':id/download')
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(DossierDownloadQuery) query: DossierDownloadQuery,
    @PageRequest() page: PageRequest,
  ): Promise<StreamableFile> {
    return sendDossierFile(page.reply, await this.documents.archive(id, page.user, query.pdf === 'true'));
  }

  @Get(':id/documents/:file')
  async document(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('file') file: string,
    @PageRequest() page: PageRequest,
  ): Promise<StreamableFile> {
    const { part, format } = dossierFileOf(file);
    return sendDossierFile(page.reply, await this.documents.part(id, part, format, page.user));
  }

  /** Multipart, the CSRF token its first field (read before the file). */
  @Post(':id/decisions/:decisionId/signed-copy')
  @Roles('council_secretary', 'clerk')
  uploadCopy(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('decisionId', ParseUUIDPipe) decisionId: string,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    return answerForm(page, FlashQuery, {}, async () => this.upward.storeCopy(id, decisionId, await readUpload(page.request), page.user), {
      redirectTo: `/upward-dossiers/${id}`,
      anchor: 'decisions',
      template: 'pages/upward/detail',
      fieldErrors: (error, lang) => ({ [`copy.${decisionId}`]: Object.values(formErrors(error, lang))[0] ?? '' }),
      model: async () => this.detailModel(page, await this.upward.get(id, page.user), null, {}),
    });
  }

  @Get(':id/decisions/:decisionId/signed-copy')
  async downloadCopy(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('decisionId', ParseUUIDPipe) decisionId: string,
    @PageRequest() page: PageRequest,
  ): Promise<StreamableFile> {
    const copy = await this.upward.copy(id, decisionId, page.user);
    return sendDossierFile(page.reply, {
      fileName: copy.fileName ?? `quyet-dinh-cap-tren-${decisionId.slice(0, 8)}.pdf`,
      contentType: 'application/pdf',
      content: copy.content,
      sha256: copy.sha256,
      contentSecurityPolicy: null,
    });
  }

  /** The "new dossier" page: the nominations ready to go up (passed where no posting is needed, or posted), the addressee, the issuer. */
  private async newModel(
    page: PageRequest,
    year: number,
    awardType: string | null,
    values: { addressee: string; issuerId: string; chosen: string[] },
  ) {
    const manager = this.dataSource.manager;
    const rules = await provinceRulesOn(manager, vietnamToday());
    const chosen = new Set(values.chosen);
    const ready = (await readyNominations(manager, { year, awardType, patterns: scopePatterns(page.user) }, PICKS_SHOWN)).filter(
      (nomination) =>
        nomination.state === 'posted' || (isAwardCode(nomination.awardType) && !postingRuleFor(nomination.awardType, rules).required),
    );
    const issuers = await issuersInForce(manager);
    return {
      title: translate(page.lang, 'upward.pages.new'),
      year,
      awardType,
      awards: (await awardChoices(manager)).map((award) => ({ ...award, selected: award.code === awardType })),
      issuers: issuers.map((issuer) => ({ ...issuer, selected: issuer.id === values.issuerId })),
      picks: ready.map((nomination) => ({
        ...nomination,
        stateText: translate(page.lang, `decisions.nominationStates.${nomination.state}`),
        checked: chosen.has(nomination.id),
      })),
      values,
      errors: {},
      alert: null,
    };
  }

  private async detailModel(page: PageRequest, dossier: DossierDetail, flash: string | null, body: FormBody) {
    const lang = page.lang;
    const canRecord = hasAnyRole(page.user, ['council_secretary', 'clerk']);
    const pending = dossier.nominations.filter((nomination) => nomination.outcome === 'pending' && nomination.state === 'proposed_upward');
    const answerOf = (id: string): string => text(body, `answer.${id}`) ?? '';
    return {
      title: translate(lang, 'upward.pages.title'),
      flash,
      dossier,
      links: dossierLinks(`/upward-dossiers/${dossier.id}`),
      parts: dossierLinks(`/upward-dossiers/${dossier.id}`).parts.map((links) => ({
        ...links,
        label: translate(lang, `upward.pages.documents.parts.${links.part}`),
      })),
      nominations: dossier.nominations.map((nomination) => ({
        ...nomination,
        stateText: translate(lang, `decisions.nominationStates.${nomination.state}`),
        outcomeText: translate(lang, `upward.pages.outcomes.${nomination.outcome}`),
      })),
      canRecord: canRecord && pending.length > 0,
      canUpload: canRecord,
      pending: pending.map((nomination) => ({
        ...nomination,
        field: `answer.${nomination.id}`,
        grant: answerOf(nomination.id) === 'grant',
        refuse: answerOf(nomination.id) === 'refuse',
      })),
      decisions: dossier.decisions.map((decision) => ({
        ...decision,
        signedOnText: pageDateText(decision.signedOn),
        copyField: `copy.${decision.id}`,
        copyHref: `/upward-dossiers/${dossier.id}/decisions/${decision.id}/signed-copy`,
      })),
      issuers: (await issuersInForce(this.dataSource.manager)).map((issuer) => ({
        ...issuer,
        selected: issuer.id === text(body, 'issuerId'),
      })),
      values: { number: text(body, 'number') ?? '', signedOn: text(body, 'signedOn') ?? '', issuer: text(body, 'issuer') ?? '' },
      errors: {},
      alert: null,
    };
  }
}
