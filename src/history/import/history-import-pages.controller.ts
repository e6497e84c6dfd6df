import { Controller, Get, HttpCode, Post, Render } from '@nestjs/common';
import { Roles } from '../../common/access/decorators.js';
import { Trail } from '../../common/views/breadcrumbs.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { answerUpload } from '../../common/views/form-submission.js';
import { QueryOrDefaults, QueryOrRefuse } from '../../common/views/page-queries.js';
import { PageRequest } from '../../common/views/page-request.js';
import { HistoryImportPageQuery } from '../dto/history-import-page.query.js';
import { HistoryImportQuery } from '../dto/history-import.query.js';
import { historyImportTemplate, historyTemplateFilename } from './history-columns.js';
import { HistoryImportService } from './history-import.service.js';
import { type ImportResultView, importFailureView, importFormView, importSuccessView } from './history-import.views.js';

/**
 * The history import (all five kinds, one at a time, the kind in the address), through the same
 * service as the API. The form posts multipart with the kind and the CSRF token in its action's
 * query string (the body is read by the handler, after the CSRF check).
 */
@Controller('history/import')
@Roles('hr_officer')
export class HistoryImportPagesController {
  constructor(private readonly imports: HistoryImportService) {}

  @Get()
  @Render('pages/history/import')
  form(@QueryOrDefaults(HistoryImportPageQuery) { kind }: HistoryImportPageQuery, @PageRequest() { lang }: PageRequest) {
    return importFormView(lang, kind);
  }

  /** The same template as the API's, reachable with the session cookie the pages use. */
  @Get('template.csv')
  template(@QueryOrDefaults(HistoryImportPageQuery) { kind }: HistoryImportPageQuery, @PageRequest() { reply }: PageRequest): Buffer {
    void reply.header('Content-Type', 'text/csv; charset=utf-8');
    void reply.header('Content-Disposition', `attachment; filename="${historyTemplateFilename(kind)}"`);
    return historyImportTemplate(kind);
  }

  /** An unknown kind is refused (400) before the file is read: a file of one kind is never read as another. */
  @Trail({ label: 'nav.historyImport', href: '/history/import' })
  @Post()
  @HttpCode(200)
  @Render('pages/history/import-result')
  upload(@QueryOrRefuse(HistoryImportQuery) { kind }: HistoryImportQuery, @PageRequest() page: PageRequest): Promise<ImportResultView> {
    return answerUpload(
      page,
      async () => importSuccessView(page.lang, kind, await this.imports.importFile(kind, await readUpload(page.request), page.user)),
      (error) => importFailureView(error, page.lang, kind),
    );
  }
}
