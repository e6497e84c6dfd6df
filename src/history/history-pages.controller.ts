import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import { Type } from 'class-transformer';
import type { ClassConstructor } from 'class-transformer';
import { IsIn } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { DomainError, ValidationFailed } from '../common/errors/domain-error.js';
import { ERROR_STATUS } from '../common/errors/error-codes.js';
import { IsRecordYear } from '../common/validation/fields.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import {
  answerSubmission,
  renderPage,
  type Submission,
  submitForm,
  submittedValues,
  withoutEmpty,
} from '../common/views/form-submission.js';
import { localeFor } from '../common/views/page-context.js';
import { EligibilityQuery } from '../eligibility/dto/eligibility.query.js';
import { engineErrorCode } from '../eligibility/eligibility-pages.controller.js';
import { EligibilityService } from '../eligibility/eligibility.service.js';
import { awardChoiceGroups, criterionRows, defaultRoundYear, rulesLegend } from '../eligibility/eligibility.views.js';
import { type EligibilityResult, rulebookFor } from '../law/index.js';
import { yearEnd } from '../law/periods.js';
import { translate } from '../i18n/translate.js';
import { ImportFileRejected, SHOWN_PROBLEMS } from '../common/tabular-import/import-problems.js';
import type { ColumnSpec } from '../common/tabular-import/parse-table.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { AppraisalsService } from './appraisals.service.js';
import { AwardsService } from './awards.service.js';
import { DisciplinesService } from './disciplines.service.js';
import { CreateAwardDto } from './dto/create-award.dto.js';
import { CreateDisciplineDto } from './dto/create-discipline.dto.js';
import { CreateFreezeDto } from './dto/create-freeze.dto.js';
import { CreateInitiativeDto } from './dto/create-initiative.dto.js';
import { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { FreezesService } from './freezes.service.js';
import {
  APPRAISAL_COLUMNS,
  AWARD_COLUMNS,
  DISCIPLINE_COLUMNS,
  FREEZE_COLUMNS,
  HISTORY_IMPORT_KINDS,
  type HistoryImportKind,
  historyImportTemplate,
  historyTemplateFilename,
  INITIATIVE_COLUMNS,
} from './import/history-columns.js';
import { HistoryImportInvalid, historyProblemMessage } from './import/history-import.problems.js';
import { type HistoryImportResult, HistoryImportService } from './import/history-import.service.js';
import { HistoryService } from './history.service.js';
import type { AwardRecordView, StaffHistory } from './history.views.js';
import { InitiativesService } from './initiatives.service.js';
import { type AuthUser, AWARD_BASES, AWARD_CODES, type AwardCode, DISCIPLINE_LEVELS, INITIATIVE_KINDS, INITIATIVE_LEVELS, type Locale, MAX_YEAR, MIN_YEAR, type Rating, RATINGS } from '../kernel/index.js';

const TEMPLATE = 'pages/history/staff';

/** The entry forms of the page; field names are the API's, ids and errors are prefixed by the form. */
const FORMS = {
  award: ['awardType', 'year', 'basis', 'decisionNumber', 'decisionDate', 'issuerName'],
  appraisal: ['year', 'rating'],
  initiative: ['year', 'title', 'level', 'kind'],
  discipline: ['level', 'from', 'to'],
  freeze: ['reason', 'from', 'to'],
  revoke: ['reason'],
} as const;
type FormName = keyof typeof FORMS;
type FormValues = { [F in FormName]: Record<(typeof FORMS)[F][number], string> };

/** The rating of one year, as the page form sends it (the API takes the year from the path). */
class AppraisalForm {
  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @IsIn(RATINGS)
  rating!: Rating;
}

interface PanelQuery {
  year: number;
  awardType: string;
}

/** A submitted entry form: on success, the year the page then shows (null: the page's default). */
type Outcome = Submission<number | null>;

/**
 * A staff member's emulation and commendation history as a timeline by year, with the eligibility
 * panel for a chosen award and year, and the entry forms (HR officers and admins) that post to the
 * history services and come back here.
 */
@Controller()
export class HistoryPagesController {
  constructor(
    private readonly history: HistoryService,
    private readonly eligibility: EligibilityService,
    private readonly catalogue: CatalogueService,
    private readonly awards: AwardsService,
    private readonly appraisals: AppraisalsService,
    private readonly initiatives: InitiativesService,
    private readonly disciplines: DisciplinesService,
    private readonly freezes: FreezesService,
    private readonly historyImports: HistoryImportService,
  ) {}

  @Get('staff/:id/history')
  async show(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    const saved = typeof query.saved === 'string' && query.saved in FORMS ? translate(lang, `historyPages.saved.${query.saved}`) : null;
    const model = await this.pageModel(id, panelQuery(query), user, lang, null, emptyValues());
    await renderPage(request, reply, TEMPLATE, { ...model, flash: saved }, 200);
  }

  @Post('staff/:id/history/awards')
  @Roles('hr_officer')
  async addAward(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ) {
    const form = withNumbers(withoutEmpty(body, ['basis', 'decisionNumber', 'decisionDate', 'issuerName']), ['year']);
    const outcome = await submit(
      CreateAwardDto,
      form,
      localeFor(request),
      async (dto) => (await this.awards.create({ ...dto, staffId: id, unitId: undefined }, user)).year,
    );
    await this.answer(id, 'award', body, outcome, request, reply, user);
  }

  @Post('staff/:id/history/appraisals')
  @Roles('hr_officer')
  async setAppraisal(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ) {
    const outcome = await submit(
      AppraisalForm,
      body,
      localeFor(request),
      async (form) => (await this.appraisals.put('staff', id, form.year, { rating: form.rating }, user)).year,
    );
    await this.answer(id, 'appraisal', body, outcome, request, reply, user);
  }

  @Post('staff/:id/history/initiatives')
  @Roles('hr_officer')
  async addInitiative(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ) {
    const form = withNumbers(withoutEmpty(body, ['kind']), ['year']);
    const outcome = await submit(
      CreateInitiativeDto,
      form,
      localeFor(request),
      async (dto) => (await this.initiatives.create(id, dto, user)).year,
    );
    await this.answer(id, 'initiative', body, outcome, request, reply, user);
  }

  @Post('staff/:id/history/disciplines')
  @Roles('hr_officer')
  async addDiscipline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ) {
    const outcome = await submit(CreateDisciplineDto, body, localeFor(request), async (dto) =>
      yearOf((await this.disciplines.create(id, dto, user)).from),
    );
    await this.answer(id, 'discipline', body, outcome, request, reply, user);
  }

  @Post('staff/:id/history/freezes')
  @Roles('hr_officer')
  async addFreeze(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ) {
    const outcome = await submit(CreateFreezeDto, body, localeFor(request), async (dto) =>
      yearOf((await this.freezes.create('staff', id, dto, user)).from),
    );
    await this.answer(id, 'freeze', body, outcome, request, reply, user);
  }

  @Post('staff/:id/history/awards/:awardId/revoke')
  @Roles('hr_officer')
  async revokeAward(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('awardId', ParseUUIDPipe) awardId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ) {
    const outcome = await submit(RevokeAwardDto, body, localeFor(request), async (dto) => {
      // Only this person's awards can be revoked from this page.
      const own = await this.awards.listFor('staff', id, user);
      if (!own.some((award) => award.id === awardId)) {
        throw new DomainError('NOT_FOUND', `No award ${awardId} for staff member ${id}`, undefined, { entity: 'award', id: awardId });
      }
      return (await this.awards.revoke(awardId, dto, user)).year;
    });
    await this.answer(id, 'revoke', body, outcome, request, reply, user);
  }

  /** The history import (all five kinds, one at a time), reusing the history import service. */
  @Get('history/import')
  @Roles('hr_officer')
  @Render('pages/history/import')
  importForm(@Query('kind') kind: unknown, @Req() request: FastifyRequest) {
    return importFormModel(localeFor(request), isImportKind(kind) ? kind : 'awards');
  }

  /** The same template as the API's, reachable with the session cookie the pages use. */
  @Get('history/import/template.csv')
  @Roles('hr_officer')
  importTemplate(@Query('kind') kind: unknown, @Res({ passthrough: true }) reply: FastifyReply): Buffer {
    const chosen = isImportKind(kind) ? kind : 'awards';
    void reply.header('Content-Type', 'text/csv; charset=utf-8');
    void reply.header('Content-Disposition', `attachment; filename="${historyTemplateFilename(chosen)}"`);
    return historyImportTemplate(chosen);
  }

  /** Multipart: the kind and the CSRF token travel in the query string (the body is read by the handler). */
  @Post('history/import')
  @Roles('hr_officer')
  @HttpCode(200)
  @Render('pages/history/import-result')
  async importUpload(
    @Query('kind') kind: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentUser() actor: AuthUser,
  ) {
    if (!isImportKind(kind)) {
      throw new ValidationFailed([
        { field: 'kind', message: `kind must be one of ${HISTORY_IMPORT_KINDS.join(', ')}`, constraint: 'isIn' },
      ]);
    }
    const lang = localeFor(request);
    try {
      return importResultModel(lang, kind, { result: await this.historyImports.importFile(kind, await readUpload(request), actor) });
    } catch (error) {
      if (error instanceof HistoryImportInvalid) {
        void reply.status(ERROR_STATUS.IMPORT_INVALID);
        const problems = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => ({
          line: problem.line,
          column: problem.field === undefined ? '' : columnHeading(kind, problem.field),
          message: historyProblemMessage(lang, problem),
        }));
        return importResultModel(lang, kind, {
          problems,
          problemCount: error.problems.length,
          hiddenProblems: error.problems.length - problems.length,
        });
      }
      if (error instanceof ImportFileRejected) {
        void reply.status(ERROR_STATUS[error.code]);
        return importResultModel(lang, kind, { fileError: error.messageIn(lang) });
      }
      throw error;
    }
  }

  /** Saved: back to the page (303) with a message. Refused: the page again, the form open, as typed, errors beside the fields. */
  private async answer(
    id: string,
    form: FormName,
    body: Record<string, unknown>,
    outcome: Outcome,
    request: FastifyRequest,
    reply: FastifyReply,
    user: AuthUser,
  ) {
    const lang = localeFor(request);
    await answerSubmission(request, reply, outcome, {
      redirectTo: (year) => `/staff/${id}/history?${year === null ? '' : `year=${year}&`}saved=${form}`,
      template: TEMPLATE,
      model: async (errors) => ({
        ...(await this.pageModel(id, panelQuery({}), user, lang, form, { ...emptyValues(), [form]: submittedValues(body, FORMS[form]) })),
        formError: errors._form ?? null,
      }),
      // Ids and errors are prefixed by the form: several forms share the page.
      errors: (errors) =>
        Object.fromEntries(Object.entries(errors).map(([field, message]) => [`${form}-${field === '_form' ? 'form' : field}`, message])),
    });
  }

  private async pageModel(id: string, panel: PanelQuery, user: AuthUser, lang: Locale, openForm: FormName | null, values: FormValues) {
    const history = await this.history.forStaff(id, user);
    const types = await this.catalogue.list();
    return {
      title: translate(lang, 'historyPages.title', { name: history.staff.fullName }),
      staff: history.staff,
      timeline: timeline(history, lang),
      disciplines: history.disciplines.map((d) => ({ ...d, levelLabel: translate(lang, `history.disciplineLevels.${d.level}`) })),
      freezes: history.freezes,
      panel: await this.panel(id, panel, user, lang, types),
      openForm,
      values,
      recordableTypes: types
        .filter((type) => !type.retired && type.subjects.includes('individual'))
        .map((type) => ({ code: type.code, name: type.name })),
      bases: AWARD_BASES.map((value) => ({ value, label: translate(lang, `history.bases.${value}`) })),
      ratings: RATINGS.map((value) => ({ value, label: translate(lang, `history.ratings.${value}`) })),
      initiativeLevels: INITIATIVE_LEVELS.map((value) => ({ value, label: translate(lang, `history.initiativeLevels.${value}`) })),
      initiativeKinds: INITIATIVE_KINDS.map((value) => ({ value, label: translate(lang, `history.initiativeKinds.${value}`) })),
      disciplineLevels: DISCIPLINE_LEVELS.map((value) => ({ value, label: translate(lang, `history.disciplineLevels.${value}`) })),
      alert: null,
      formError: null,
    };
  }

  /** The eligibility of this person for the chosen award and year; what the engine refuses is said in words. */
  private async panel(id: string, query: PanelQuery, user: AuthUser, lang: Locale, types: Awaited<ReturnType<CatalogueService['list']>>) {
    let result: EligibilityResult | null = null;
    let error: string | null = null;
    try {
      result = await this.eligibility.evaluate(
        Object.assign(new EligibilityQuery(), { staffId: id, awardType: query.awardType, year: query.year }),
        user,
      );
    } catch (caught) {
      const code = engineErrorCode(caught);
      if (!code) {
        throw caught;
      }
      error = translate(lang, `errors.${code}`);
    }
    const rulebook = result ? rulebookFor(yearEnd(result.year)) : null;
    const confirm = result ? result.criteria.filter((criterion) => criterion.met === null).length : 0;
    // Years before the Law have no rulebook: choices and legend then follow the first one.
    const choicesRulebook = rulebookFor(yearEnd(Math.max(query.year, 2024)));
    return {
      values: { awardType: query.awardType, year: String(query.year) },
      awardGroups: awardChoiceGroups(types, choicesRulebook, 'individual', lang),
      legend: rulesLegend(rulebook ?? choicesRulebook, types, lang, query.awardType as AwardCode),
      error,
      result: result
        ? {
            eligible: result.eligible,
            verdict: translate(lang, result.eligible ? 'eligibility.eligibleSummary' : 'eligibility.notEligibleSummary'),
            heading: translate(lang, 'eligibility.resultFor', { award: translate(lang, `law.awards.${result.awardType}`), year: result.year }),
            rulebook: translate(lang, 'eligibility.panel.rulebook', { title: rulebook?.title ?? result.rulebook }),
            confirm: confirm > 0 ? translate(lang, 'eligibility.confirmSummary', { count: confirm }) : null,
            rows: criterionRows(result.criteria, lang),
          }
        : null,
    };
  }
}

function panelQuery(query: Record<string, unknown>): PanelQuery {
  const year = typeof query.year === 'string' && /^\d{4}$/u.test(query.year) ? Number(query.year) : Number.NaN;
  const awardType =
    typeof query.awardType === 'string' && (AWARD_CODES as readonly string[]).includes(query.awardType) ? query.awardType : 'LDTT';
  return { year: year >= MIN_YEAR && year <= MAX_YEAR ? year : defaultRoundYear(), awardType };
}

/** Field errors of a refused history entry; duplicates and conflicts keep the services' own words. */
function historyFieldErrors(error: unknown, lang: Locale): FieldErrors {
  if (error instanceof DomainError && (error.code === 'DUPLICATE' || error.code === 'CONFLICT')) {
    // The history services word these in the user's language already (e.g. "already received … (Art. 5)").
    const fields = (error.details ?? []).filter((detail) => detail.field);
    return fields.length > 0 ? Object.fromEntries(fields.map((detail) => [detail.field!, detail.message])) : { _form: error.message };
  }
  return domainFieldErrors(error, lang);
}

/** Validates the form with the API's DTO and makes the change; on success, the year the page then shows. */
const submit = <T extends object>(dto: ClassConstructor<T>, body: unknown, lang: Locale, change: (value: T) => Promise<number | null>) =>
  submitForm(dto, body, lang, change, historyFieldErrors);

/** HTML forms send numbers as text; the API's DTOs take JSON numbers. */
function withNumbers(body: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      fields.includes(key) && typeof value === 'string' && /^\d+$/u.test(value.trim()) ? Number(value) : value,
    ]),
  );
}

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

function emptyValues(): FormValues {
  const empty = <F extends FormName>(form: F) => Object.fromEntries(FORMS[form].map((field) => [field, ''])) as FormValues[F];
  return {
    award: { ...empty('award'), basis: 'regular' },
    appraisal: empty('appraisal'),
    initiative: { ...empty('initiative'), level: 'grassroots', kind: 'initiative' },
    discipline: empty('discipline'),
    freeze: empty('freeze'),
    revoke: empty('revoke'),
  };
}

interface AwardItem {
  id: string;
  name: string;
  revoked: boolean;
  revokedReason: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** Shown only for ad-hoc and thematic awards, which do not count toward higher ones. */
  basisLabel: string | null;
}

function awardItem(award: AwardRecordView, lang: Locale): AwardItem {
  return {
    id: award.id,
    name: award.awardName,
    revoked: award.revoked,
    revokedReason: award.revokedReason,
    decisionNumber: award.decisionNumber,
    decisionDate: award.decisionDate,
    basisLabel: award.basis === 'regular' ? null : translate(lang, `history.bases.${award.basis}`),
  };
}

/** One row per year that has any record, newest first: rating, titles, commendations, initiatives. */
function timeline(history: StaffHistory, lang: Locale) {
  const years = new Set<number>([
    ...history.titles.map((a) => a.year),
    ...history.commendations.map((a) => a.year),
    ...history.appraisals.map((a) => a.year),
    ...history.initiatives.map((i) => i.year),
  ]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const rating = history.appraisals.find((a) => a.year === year)?.rating ?? null;
      return {
        year,
        rating: rating === null ? null : translate(lang, `history.ratings.${rating}`),
        titles: history.titles.filter((a) => a.year === year).map((a) => awardItem(a, lang)),
        commendations: history.commendations.filter((a) => a.year === year).map((a) => awardItem(a, lang)),
        initiatives: history.initiatives
          .filter((i) => i.year === year)
          .map((i) => ({
            title: i.title,
            label: `${translate(lang, `history.initiativeKinds.${i.kind}`)}, ${translate(lang, `history.initiativeLevels.${i.level}`).toLowerCase()}`,
          })),
      };
    });
}

const IMPORT_COLUMNS: Record<HistoryImportKind, ReadonlyArray<ColumnSpec<string>>> = {
  awards: AWARD_COLUMNS,
  appraisals: APPRAISAL_COLUMNS,
  initiatives: INITIATIVE_COLUMNS,
  disciplines: DISCIPLINE_COLUMNS,
  freezes: FREEZE_COLUMNS,
};

const isImportKind = (kind: unknown): kind is HistoryImportKind =>
  typeof kind === 'string' && (HISTORY_IMPORT_KINDS as readonly string[]).includes(kind);

/** The template's heading of a column, as the user sees it in the file. */
const columnHeading = (kind: HistoryImportKind, field: string): string =>
  IMPORT_COLUMNS[kind].find((column) => column.key === field)?.headings[0] ?? field;

function importFormModel(lang: Locale, kind: HistoryImportKind) {
  return {
    title: translate(lang, 'historyPages.import.title'),
    kind,
    kindLabel: translate(lang, `history.importKinds.${kind}`),
    kinds: HISTORY_IMPORT_KINDS.map((value) => ({
      value,
      label: translate(lang, `history.importKinds.${value}`),
      current: value === kind,
    })),
    columns: IMPORT_COLUMNS[kind].map((column) => ({
      heading: column.headings[0],
      also: column.headings.slice(1).join(', '),
      required: column.required,
    })),
  };
}

interface ImportOutcome {
  result?: HistoryImportResult;
  fileError?: string;
  problems?: Array<{ line: number; column: string; message: string }>;
  problemCount?: number;
  hiddenProblems?: number;
}

function importResultModel(lang: Locale, kind: HistoryImportKind, outcome: ImportOutcome) {
  return {
    title: translate(lang, 'import.resultTitle'),
    kind,
    kindLabel: translate(lang, `history.importKinds.${kind}`),
    result: outcome.result ?? null,
    fileError: outcome.fileError ?? null,
    problems: outcome.problems ?? [],
    problemCount: outcome.problemCount ?? 0,
    hiddenProblems: outcome.hiddenProblems ?? 0,
  };
}
