import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { errorStatus } from '../common/errors/error-codes.js';
import { ImportFileRejected, SHOWN_PROBLEMS } from '../common/tabular-import/import-problems.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { domainFieldErrors, type FieldErrors, parseForm } from '../common/views/form.js';
import { answerUpload, asArray, type FormBody } from '../common/views/form-submission.js';
import { parsePageQuery, QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest, redirectTo, renderPage } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { type Locale } from '../kernel/index.js';
import { unitOptions, UnitsService } from '../units/index.js';
import { CampaignsService } from './campaigns.service.js';
import { gridModel } from './campaigns.views.js';
import { GridPageQuery } from './dto/campaign-pages.query.js';
import { MAX_UNIT_GRID_ROWS, PutUnitRegistrationsDto } from './dto/put-unit-registrations.dto.js';
import { REGISTRATION_COLUMNS, REGISTRATION_TEMPLATE_FILENAME, registrationTemplate } from './import/registration-columns.js';
import { type RegistrationImportResult, RegistrationImportService } from './import/registration-import.service.js';
import { RegistrationImportInvalid, registrationProblemMessage } from './import/registration-problems.js';
import { RegistrationsService } from './registrations.service.js';

const GRID = 'pages/campaigns/grid';
const TRAIL = [
  { label: 'campaigns.nav', href: '/campaigns' },
  { from: 'campaignName', href: '/campaigns/:id' },
] as const;

/** A ticked box of the grid: `staff:<id>:<award>` or `unit:<id>:<award>` (registrationKey). */
const BOX = /^(staff|unit):([0-9a-fA-F-]{36}):([A-Z0-9_]{2,40})$/u;

/** The import's result page: counts, or the problems line by line, or why the file itself was refused. */
interface ImportResultView {
  title: string;
  campaignName: string;
  campaignHref: string;
  importHref: string;
  result: RegistrationImportResult | null;
  fileError: string | null;
  problemCount: number;
  problems: Array<{ line: number; column: string; message: string }>;
  hiddenProblems: number;
}

const COLUMN_KEYS = new Set<string>(REGISTRATION_COLUMNS.map((column) => column.key));

/**
 * Registering a whole unit at once, without JavaScript: the unit's active members, one box per title
 * and member (and a row for the unit as a collective), saved in one request through the service of
 * `PUT /api/campaigns/:id/units/:unitId/registrations`, all or nothing; and the import of a file.
 */
@Controller('campaigns/:id/registrations')
@Roles('hr_officer', 'manager')
export class RegistrationsPagesController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly registrations: RegistrationsService,
    private readonly imports: RegistrationImportService,
    private readonly units: UnitsService,
  ) {}

  @Trail(...TRAIL)
  @Get('grid')
  @Render(GRID)
  grid(@Param('id', ParseUUIDPipe) id: string, @QueryOrDefaults(GridPageQuery) query: GridPageQuery, @PageRequest() page: PageRequest) {
    return this.gridPage(page, id, query.unitId ?? null, null, query.saved);
  }

  @Trail(...TRAIL)
  @Post('grid')
  async saveGrid(@Param('id', ParseUUIDPipe) id: string, @Body() posted: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const body = typeof posted === 'object' && posted !== null && !Array.isArray(posted) ? posted : {};
    const { unitId } = await parsePageQuery(GridPageQuery, { unitId: body.unitId }, 'refuse');
    const boxes = asArray(body.r);
    const items = boxes.flatMap((box) => {
      const match = BOX.exec(box);
      return match === null ? [] : [{ [match[1] === 'staff' ? 'staffId' : 'unitId']: match[2], awardType: match[3] }];
    });
    const sent = new Set(boxes);
    if (!unitId || items.length !== boxes.length) {
      return this.refuseGrid(page, id, unitId ?? null, sent, 400, { _form: translate(page.lang, 'fieldErrors.invalid') });
    }
    const parsed = await parseForm(PutUnitRegistrationsDto, { awardTypes: asArray(body.awardTypes), registrations: items }, page.lang);
    if (!parsed.ok) {
      return this.refuseGrid(page, id, unitId, sent, 400, parsed.errors);
    }
    try {
      const saved = await this.registrations.putUnit(id, unitId, parsed.value, page.user);
      return redirectTo(
        page,
        `/campaigns/${id}/registrations/grid?unitId=${unitId}&saved=${saved.created}-${saved.removed}-${saved.unchanged}`,
      );
    } catch (error) {
      const errors = domainFieldErrors(error, page.lang);
      const status = errorStatus((error as { code: string }).code) ?? 400;
      return this.refuseGrid(page, id, unitId, sent, status, errors);
    }
  }

  @Trail(...TRAIL)
  @Get('import')
  @Render('pages/campaigns/import')
  async importForm(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { lang }: PageRequest) {
    const campaign = await this.campaigns.get(id);
    return {
      title: translate(lang, 'campaigns.import.title'),
      campaignName: campaign.name,
      action: `/campaigns/${id}/registrations/import`,
      templateHref: `/campaigns/${id}/registrations/import/template.csv`,
      columns: REGISTRATION_COLUMNS.map((column) => ({
        heading: column.headings[0],
        name: column.key,
        help: translate(lang, `campaigns.import.columnHelp.${column.key}`),
      })),
    };
  }

  /** The same template as the API's, with the session; its headers set here, so a refused id answers the error page as HTML. */
  @Get('import/template.csv')
  template(@Param('id', ParseUUIDPipe) _id: string, @PageRequest() { reply }: PageRequest): Buffer {
    void reply.header('Content-Type', 'text/csv; charset=utf-8');
    void reply.header('Content-Disposition', `attachment; filename="${REGISTRATION_TEMPLATE_FILENAME}"`);
    return registrationTemplate();
  }

  @Trail(...TRAIL)
  @Post('import')
  @HttpCode(200)
  @Render('pages/campaigns/import-result')
  async upload(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<ImportResultView> {
    const campaign = await this.campaigns.get(id);
    const base = {
      title: translate(page.lang, 'campaigns.import.resultTitle'),
      campaignName: campaign.name,
      campaignHref: `/campaigns/${id}#registrations`,
      importHref: `/campaigns/${id}/registrations/import`,
      result: null,
      fileError: null,
      problemCount: 0,
      problems: [],
      hiddenProblems: 0,
    };
    return answerUpload<ImportResultView>(
      page,
      async () => ({ ...base, result: await this.imports.importFile(id, await readUpload(page.request), page.user) }),
      (error) => importRefusal(error, page.lang, base),
    );
  }

  private async gridPage(page: PageRequest, id: string, unitId: string | null, sent: ReadonlySet<string> | null, saved?: string) {
    const { lang, user } = page;
    const campaign = await this.campaigns.get(id);
    const grid = unitId === null ? null : await this.registrations.unitGrid(id, unitId, user);
    const counts = saved?.split('-').map(Number);
    return {
      title: translate(lang, 'campaigns.grid.title'),
      campaignName: campaign.name,
      campaignHref: `/campaigns/${id}#registrations`,
      action: `/campaigns/${id}/registrations/grid`,
      flash: counts ? translate(lang, 'campaigns.grid.saved', { created: counts[0], removed: counts[1], unchanged: counts[2] }) : null,
      unitOptions: unitOptions(await this.units.list(user)).map((option) => ({ ...option, selected: option.id === unitId })),
      truncatedText: translate(lang, 'campaigns.grid.truncated', { max: MAX_UNIT_GRID_ROWS }),
      alert: null,
      grid: grid && gridModel(grid, lang, sent),
    };
  }

  private async refuseGrid(
    page: PageRequest,
    id: string,
    unitId: string | null,
    sent: ReadonlySet<string>,
    status: number,
    errors: FieldErrors,
  ): Promise<PageAnswer> {
    const model = await this.gridPage(page, id, unitId, sent);
    return renderPage(page, GRID, { ...model, errors, alert: translate(page.lang, 'common.fixErrors') }, status);
  }
}

/** The result page for a refused file, with its status; errors that are not about the file go on up. */
function importRefusal(error: unknown, lang: Locale, base: ImportResultView): { status: number; view: ImportResultView } {
  if (error instanceof RegistrationImportInvalid) {
    const problems = error.problems.slice(0, SHOWN_PROBLEMS).map((problem) => ({
      line: problem.line,
      column:
        problem.field !== undefined && COLUMN_KEYS.has(problem.field)
          ? translate(lang, `campaigns.import.columns.${problem.field as 'staffCode' | 'unitCode' | 'awardType'}`)
          : (problem.field ?? ''),
      message: registrationProblemMessage(lang, problem),
    }));
    return {
      status: errorStatus('IMPORT_INVALID') ?? 422,
      view: { ...base, problemCount: error.problems.length, problems, hiddenProblems: error.problems.length - problems.length },
    };
  }
  if (error instanceof ImportFileRejected) {
    return { status: errorStatus(error.code) ?? 400, view: { ...base, fileError: error.messageIn(lang) } };
  }
  throw error;
}
