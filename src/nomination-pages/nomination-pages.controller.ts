import { evidenceFilesModel, NominationFilesService } from '../nomination-files/index.js';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { type AwardTypeView, CatalogueService } from '../catalogue/index.js';
import { Roles } from '../common/access/decorators.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { errorStatus } from '../common/errors/error-codes.js';
import { pagerFor } from '../common/paging/pager.js';
import { Trail } from '../common/views/breadcrumbs.js';
import type { FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { awardChoiceGroups, EligibilityService, engineErrorCode } from '../eligibility/index.js';
import { translate } from '../i18n/translate.js';
import { type AuthUser, CodedError, hasAnyRole, type Locale } from '../kernel/index.js';
import { type EligibilityResult, NOMINATION_STATES, rulebookFor } from '../law/index.js';
import { yearEnd } from '../law/periods.js';
import { NominationsService, type QuotaView } from '../nominations/index.js';
import { ListStaffQuery, StaffService } from '../staff/index.js';
import { unitOptions, UnitsService } from '../units/index.js';
import {
  BulkEligibleForm,
  NominationActionForm,
  NominationEditForm,
  NominationFlashQuery,
  NominationForm,
  NominationFormQuery,
  NominationListQuery,
  QUEUE_PAGE_SIZE,
  ReviewForm,
  ReviewQuery,
} from './dto/page-forms.js';
import {
  type ActionValues,
  awardName,
  detailModel,
  nominationFlash,
  nominationRow,
  panelModel,
  quotaLine,
} from './nomination-pages.views.js';

/** The round a new nomination is for by default: last year until the end of March, then this year (the year-end review). */
const defaultYear = (today = new Date()): number => (today.getUTCMonth() < 3 ? today.getUTCFullYear() - 1 : today.getUTCFullYear());

/** Every refusal of a service beside the form (`_form`), in the reader's language, the stale-version 409 included. */
const besideTheForm = (error: unknown, lang: Locale): FieldErrors => {
  if (error instanceof CodedError && errorStatus(error.code) !== undefined) {
    const fields = (error.details ?? []).filter((detail) => detail.field !== undefined);
    return fields.length > 0 && error.code === 'VALIDATION_FAILED'
      ? Object.fromEntries(fields.map((detail) => [detail.field!, errorMessage(error, lang)]))
      : { _form: errorMessage(error, lang) };
  }
  throw error;
};

/** The nomination a refusal names (`nominationId`, or the `id` of a stale version or a missing one). */
const namedNomination = (error: unknown): string | null => {
  if (!(error instanceof CodedError)) {
    return null;
  }
  const params = (error as CodedError & { params?: Record<string, unknown> }).params ?? {};
  const id = params.nominationId ?? params.id;
  return typeof id === 'string' && /^[0-9a-f-]{36}$/iu.test(id) ? id : null;
};

/**
 * The nomination pages, without JavaScript: the list with its filters and "everyone eligible", the
 * form (a GET step that picks the subject, award and year and reloads the live eligibility panel and
 * the quota counter; a POST step that saves or submits), the nomination's page with the actions the
 * reader may take now, and the manager's review queue (one comment, all or nothing).
 */
@Controller('nominations')
export class NominationPagesController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly eligibility: EligibilityService,
    private readonly staff: StaffService,
    private readonly units: UnitsService,
    private readonly catalogue: CatalogueService,
    private readonly files: NominationFilesService,
  ) {}

  /** The nomination's page: its detail and its evidence files (the upload form while it may change). */
  private async detailPage(id: string, page: PageRequest, values?: ActionValues) {
    const detail = await this.nominations.detail(id, page.user, page.lang);
    const evidence = evidenceFilesModel(
      id,
      await this.files.list(id, page.user),
      NominationFilesService.mayEdit(detail.nomination, page.user),
      page.lang,
    );
    return { ...detailModel(page.lang, page.user, detail, values), evidence };
  }

  @Get()
  @Render('pages/nominations/list')
  async list(@QueryOrDefaults(NominationListQuery) query: NominationListQuery, @PageRequest() page: PageRequest) {
    return this.listPage(page, query, {});
  }

  @Post('bulk')
  @Roles('hr_officer')
  bulk(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      BulkEligibleForm,
      body,
      (dto) =>
        this.nominations.createForEligible(
          page.user,
          { awardType: dto.awardType, year: dto.year, campaignId: null, achievements: '' },
          dto.unitId,
        ),
      {
        redirectTo: (created) =>
          `/nominations?created=${created.items.length}&nominated=${created.skippedNominated}&awarded=${created.skippedAwarded}&notEligible=${created.notEligible}`,
        flash: 'bulk',
        template: 'pages/nominations/list',
        fieldErrors: besideTheForm,
        errors: (errors) =>
          Object.fromEntries(Object.entries(errors).map(([field, text]) => [field === '_form' ? 'bulk' : `bulk.${field}`, text])),
        model: () =>
          this.listPage(
            page,
            Object.assign(new NominationListQuery(), {}),
            submittedValues(body, ['awardType', 'year', 'unitId'] as const),
          ),
      },
    );
  }

  @Trail({ label: 'nominationPages.nav', href: '/nominations' })
  @Get('new')
  @Roles('hr_officer')
  @Render('pages/nominations/form')
  async newForm(@QueryOrDefaults(NominationFormQuery) query: NominationFormQuery, @PageRequest() page: PageRequest) {
    return this.formPage(page, query, { achievements: '' });
  }

  @Post()
  @Roles('hr_officer')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(
      page,
      NominationForm,
      { ...body, staffId: body.staffId || undefined, unitId: body.unitId || undefined },
      async (dto) => {
        const created = await this.nominations.create(
          page.user,
          { awardType: dto.awardType, year: dto.year, campaignId: null, achievements: dto.achievements },
          [{ staffId: dto.staffId ?? null, unitId: dto.staffId ? null : (dto.unitId ?? null) }],
        );
        const nomination = created.items[0];
        return {
          id: nomination.id,
          flash: dto.intent === 'submit' ? await this.trySubmit(page.user, nomination.id, nomination.version) : 'created',
        };
      },
      {
        redirectTo: (saved) => `/nominations/${saved.id}?${saved.flash === 'created' ? '' : `submit=${saved.flash}`}`,
        flash: 'created',
        template: 'pages/nominations/form',
        fieldErrors: besideTheForm,
        model: () =>
          this.formPage(
            page,
            Object.assign(new NominationFormQuery(), {
              kind: body.unitId && !body.staffId ? 'unit' : 'staff',
              staffId: typeof body.staffId === 'string' && body.staffId ? body.staffId : null,
              unitId: typeof body.unitId === 'string' && body.unitId ? body.unitId : null,
              awardType: typeof body.awardType === 'string' ? body.awardType : undefined,
              year: typeof body.year === 'string' && /^\d{4}$/u.test(body.year) ? Number(body.year) : undefined,
            }),
            submittedValues(body, ['achievements'] as const),
          ),
      },
    );
  }

  @Trail({ label: 'nominationPages.nav', href: '/nominations' })
  @Get('review')
  @Roles('manager')
  @Render('pages/nominations/review')
  async review(@QueryOrDefaults(ReviewQuery) query: ReviewQuery, @PageRequest() page: PageRequest) {
    return this.reviewPage(page, query, { reason: '', picked: [] });
  }

  @Post('review')
  @Roles('manager')
  async reviewAct(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const items = asArray(body.items);
    let named: string | null = null;
    return answerForm(
      page,
      ReviewForm,
      { ...body, items },
      async (dto) => {
        const picked = dto.items.map((item) => {
          const [id, version] = item.split(':');
          return { id, version: Number(version) };
        });
        try {
          return await this.nominations.transition(page.user, dto.action, picked, dto.reason ?? null);
        } catch (error) {
          named = await this.nameTheRefusal(error, page);
          throw error;
        }
      },
      {
        redirectTo: '/nominations/review',
        flash: 'reviewed',
        template: 'pages/nominations/review',
        fieldErrors: (error, lang) => {
          const errors = besideTheForm(error, lang);
          return named === null ? errors : { _form: named };
        },
        errors: (errors) => (items.length === 0 ? { ...errors, items: translate(page.lang, 'nominationPages.review.pickOne') } : errors),
        model: () =>
          this.reviewPage(page, new ReviewQuery(), { reason: typeof body.reason === 'string' ? body.reason : '', picked: items }),
      },
    );
  }

  @Trail({ label: 'nominationPages.nav', href: '/nominations' })
  @Get(':id')
  @Render('pages/nominations/detail')
  async detail(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(NominationFlashQuery) query: NominationFlashQuery,
    @PageRequest() page: PageRequest,
  ) {
    return { ...(await this.detailPage(id, page)), flash: nominationFlash(page.lang, query) };
  }

  @Post(':id/transition')
  transition(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const values: ActionValues = submittedValues(body, ['action', 'reason'] as const);
    return answerForm(
      page,
      NominationActionForm,
      body,
      (dto) => this.nominations.transition(page.user, dto.action, [{ id, version: dto.version }], dto.reason ?? null),
      {
        redirectTo: `/nominations/${id}`,
        flash: 'moved',
        anchor: 'actions',
        template: 'pages/nominations/detail',
        fieldErrors: besideTheForm,
        model: () => this.detailPage(id, page, values),
      },
    );
  }

  @Trail({ label: 'nominationPages.nav', href: '/nominations' }, { from: 'nomination.subjectName', href: '/nominations/:id' })
  @Get(':id/edit')
  @Roles('hr_officer')
  @Render('pages/nominations/form')
  async editForm(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(NominationFormQuery) query: NominationFormQuery,
    @PageRequest() page: PageRequest,
  ) {
    const nomination = await this.nominations.get(id, page.user);
    return this.formPage(
      page,
      Object.assign(new NominationFormQuery(), {
        kind: nomination.staffId ? 'staff' : 'unit',
        staffId: nomination.staffId,
        unitId: nomination.unitId,
        awardType: query.awardType ?? nomination.awardType,
        year: query.year ?? nomination.year,
      }),
      { achievements: nomination.achievements },
      nomination,
    );
  }

  @Post(':id/edit')
  @Roles('hr_officer')
  async edit(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const nomination = await this.nominations.get(id, page.user);
    return answerForm(
      page,
      NominationEditForm,
      body,
      async (dto) => {
        const updated = await this.nominations.update(
          id,
          { version: dto.version, achievements: dto.achievements, awardType: dto.awardType, year: dto.year },
          page.user,
        );
        return { flash: dto.intent === 'submit' ? await this.trySubmit(page.user, id, updated.version) : 'updated' };
      },
      {
        redirectTo: (saved) => `/nominations/${id}?${saved.flash === 'updated' ? '' : `submit=${saved.flash}`}`,
        flash: 'updated',
        template: 'pages/nominations/form',
        fieldErrors: besideTheForm,
        model: () =>
          this.formPage(
            page,
            Object.assign(new NominationFormQuery(), {
              kind: nomination.staffId ? 'staff' : 'unit',
              staffId: nomination.staffId,
              unitId: nomination.unitId,
              awardType: typeof body.awardType === 'string' ? body.awardType : nomination.awardType,
              year: typeof body.year === 'string' && /^\d{4}$/u.test(body.year) ? Number(body.year) : nomination.year,
            }),
            submittedValues(body, ['achievements'] as const),
            { ...nomination, version: Number(body.version) || nomination.version },
          ),
      },
    );
  }

  /** Submits what was just saved; a refusal leaves the draft saved, and the nomination's page says so. */
  private async trySubmit(user: AuthUser, id: string, version: number): Promise<'submitted' | 'notSubmitted'> {
    try {
      await this.nominations.transition(user, 'submit', [{ id, version }], null);
      return 'submitted';
    } catch (error) {
      if (error instanceof CodedError && errorStatus(error.code) !== undefined) {
        return 'notSubmitted';
      }
      throw error;
    }
  }

  /** "Nomination “Trần Thị Bình” (Lao động tiên tiến 2025): …", the refusal of a bulk act naming the nomination it is about. */
  private async nameTheRefusal(error: unknown, page: PageRequest): Promise<string | null> {
    const id = namedNomination(error);
    if (id === null || !(error instanceof CodedError)) {
      return null;
    }
    try {
      const nomination = await this.nominations.get(id, page.user);
      return translate(page.lang, 'nominationPages.review.about', {
        subject: nomination.subjectName,
        award: awardName(page.lang, nomination.awardType),
        year: nomination.year,
        message: errorMessage(error, page.lang),
      });
    } catch {
      return null;
    }
  }

  private async listPage(
    page: PageRequest,
    query: NominationListQuery,
    bulkValues: { awardType?: string; year?: string; unitId?: string },
  ) {
    const [found, units, types] = [
      await this.nominations.list(
        {
          state: query.state ?? null,
          unitId: query.unitId ?? null,
          awardType: query.awardType ?? null,
          year: query.year ?? null,
          page: query.page,
          pageSize: QUEUE_PAGE_SIZE,
        },
        page.user,
      ),
      unitOptions(await this.units.list(page.user)),
      await this.catalogue.list(),
    ];
    const filters = {
      state: query.state ?? '',
      unitId: query.unitId ?? '',
      awardType: query.awardType ?? '',
      year: query.year ? String(query.year) : '',
    };
    return {
      title: translate(page.lang, 'nominationPages.listTitle'),
      flash: nominationFlash(page.lang, query),
      canCreate: hasAnyRole(page.user, ['hr_officer']),
      canReview: hasAnyRole(page.user, ['manager']),
      states: NOMINATION_STATES.map((state) => ({ value: state, label: translate(page.lang, `nominations.states.${state}`) })),
      units,
      awards: this.awardChoices(types, page.lang),
      filters,
      items: found.items.map((item) => nominationRow(page.lang, item)),
      pager: pagerFor('/nominations', filters, found),
      bulk: {
        awardType: bulkValues.awardType ?? 'LDTT',
        year: bulkValues.year ?? String(defaultYear()),
        unitId: bulkValues.unitId ?? '',
        groups: awardChoiceGroups(types, rulebookFor(yearEnd(Math.max(defaultYear(), 2024))), 'individual', page.lang),
      },
    };
  }

  private awardChoices(types: readonly AwardTypeView[], lang: Locale) {
    return types.filter((type) => !type.retired).map((type) => ({ code: type.code, name: awardName(lang, type.code) }));
  }

  /** The form: the subject picked (a person found by name or code, or a collective), the award, the year, the live panel and quota. */
  private async formPage(
    page: PageRequest,
    query: NominationFormQuery,
    values: { achievements: string },
    editing: { id: string; version: number; subjectName: string; proposedByUnitId: string } | null = null,
  ) {
    const kind = query.kind ?? (query.unitId && !query.staffId ? 'unit' : 'staff');
    const year = query.year ?? defaultYear();
    const types = await this.catalogue.list();
    const groups = awardChoiceGroups(
      types,
      rulebookFor(yearEnd(Math.max(year, 2024))),
      kind === 'staff' ? 'individual' : 'collective',
      page.lang,
    );
    const choices = groups.flatMap((group) => group.choices.map((choice) => choice.code as string));
    const awardType = query.awardType && choices.includes(query.awardType) ? query.awardType : (choices[0] ?? 'LDTT');
    const units = unitOptions(await this.units.list(page.user));
    const found =
      kind === 'staff' && query.q
        ? await this.staff.list(Object.assign(new ListStaffQuery(), { q: query.q, status: 'active', page: 1, pageSize: 20 }), page.user)
        : null;
    const picked = kind === 'staff' && query.staffId ? await this.staff.get(query.staffId, page.user) : null;
    const staffChoices = [
      ...(picked ? [{ id: picked.id, label: `${picked.fullName} (${picked.code})` }] : []),
      ...(found?.items ?? [])
        .filter((item) => item.id !== picked?.id)
        .map((item) => ({ id: item.id, label: `${item.fullName} (${item.code}) — ${item.unitName}` })),
    ];
    const collective = kind === 'unit' && query.unitId ? (units.find((unit) => unit.id === query.unitId!.toLowerCase()) ?? null) : null;
    const subject = picked
      ? { staffId: picked.id, unitId: null, name: picked.fullName, unit: picked.unitId }
      : collective
        ? { staffId: null, unitId: collective.id, name: collective.name, unit: collective.id }
        : null;

    let panel = null;
    let quota: QuotaView | null = null;
    if (subject) {
      let result: EligibilityResult | null = null;
      let refusal: string | null = null;
      try {
        result = await this.eligibility.evaluate(
          { staffId: subject.staffId, unitId: subject.unitId, awardType, year, asOf: null },
          page.user,
        );
      } catch (caught) {
        refusal = engineErrorCode(caught);
        if (!refusal) {
          throw caught;
        }
      }
      panel = panelModel(page.lang, result, refusal);
      quota = (await this.nominations.quotas(page.user, year, editing?.proposedByUnitId ?? subject.unit, awardType))[0] ?? null;
    }
    return {
      title: translate(page.lang, editing ? 'nominationPages.form.editTitle' : 'nominationPages.form.newTitle'),
      editing: editing ? { id: editing.id, version: editing.version } : null,
      nomination: editing ? { subjectName: editing.subjectName } : null,
      action: editing ? `/nominations/${editing.id}/edit` : '/nominations/new',
      kind,
      kindStaff: kind === 'staff',
      q: query.q ?? '',
      staffChoices,
      searched: found !== null,
      units: units.map((unit) => ({ ...unit, selected: unit.id === collective?.id })),
      groups,
      awardType,
      year: String(year),
      subject,
      panel,
      quota: quota ? quotaLine(page.lang, quota) : null,
      values,
    };
  }

  private async reviewPage(page: PageRequest, query: ReviewQuery, values: { reason: string; picked: string[] }) {
    const found = await this.nominations.list(
      {
        state: 'submitted',
        unitId: query.unitId ?? null,
        awardType: query.awardType ?? null,
        year: query.year ?? null,
        page: query.page,
        pageSize: QUEUE_PAGE_SIZE,
      },
      page.user,
    );
    // The quotas of the years on this page: those with a limit are where approval may stop.
    const years = [...new Set(found.items.map((item) => item.year))];
    const quotas: QuotaView[] = [];
    for (const year of years) {
      quotas.push(...(await this.nominations.quotas(page.user, year, null, null)).filter((quota) => quota.limit !== null));
    }
    const quotaOf = new Map(quotas.map((quota) => [`${quota.unitId}|${quota.awardType}|${quota.year}`, quota]));
    const picked = new Set(values.picked);
    const filters = { unitId: query.unitId ?? '', awardType: query.awardType ?? '', year: query.year ? String(query.year) : '' };
    return {
      title: translate(page.lang, 'nominationPages.review.title'),
      flash: nominationFlash(page.lang, query),
      units: unitOptions(await this.units.list(page.user)),
      awards: this.awardChoices(await this.catalogue.list(), page.lang),
      filters,
      items: found.items.map((item) => {
        const row = nominationRow(page.lang, item);
        const quota = quotaOf.get(`${item.proposedByUnitId}|${item.awardType}|${item.year}`);
        return {
          ...row,
          value: `${item.id}:${item.version}`,
          checked: picked.has(`${item.id}:${item.version}`),
          quota: quota ? quotaLine(page.lang, quota) : null,
        };
      }),
      quotas: quotas.map((quota) => quotaLine(page.lang, quota)),
      pager: pagerFor('/nominations/review', filters, found),
      values,
    };
  }
}
