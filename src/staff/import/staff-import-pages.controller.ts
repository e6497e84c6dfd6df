import { Controller, Get, Header, HttpCode, Post, Render } from '@nestjs/common';
import { Roles } from '../../common/access/decorators.js';
import { Trail } from '../../common/views/breadcrumbs.js';
import { answerUpload } from '../../common/views/form-submission.js';
import { PageRequest } from '../../common/views/page-request.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { STAFF_TEMPLATE_FILENAME, staffImportTemplate } from './staff-columns.js';
import { StaffImportService } from './staff-import.service.js';
import { type ImportResultView, importFailureView, importFormView, importSuccessView } from './staff-import.view.js';

/**
 * The import page. The form posts multipart with the CSRF token in its action's query string (the
 * body is read by the handler, after the CSRF check); import.js adds upload progress on top.
 */
@Controller('staff/import')
@Roles('hr_officer')
export class StaffImportPagesController {
  constructor(private readonly imports: StaffImportService) {}

  @Get()
  @Render('pages/staff/import')
  form(@PageRequest() { lang }: PageRequest) {
    return importFormView(lang);
  }

  /** The same template as the API's, reachable with the session cookie the pages use. */
  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="${STAFF_TEMPLATE_FILENAME}"`)
  template(): Buffer {
    return staffImportTemplate();
  }

  @Trail({ label: 'nav.import', href: '/staff/import' })
  @Post()
  @HttpCode(200)
  @Render('pages/staff/import-result')
  upload(@PageRequest() page: PageRequest): Promise<ImportResultView> {
    return answerUpload(
      page,
      async () => importSuccessView(page.lang, await this.imports.importStaff(await readUpload(page.request), page.user)),
      (error) => importFailureView(error, page.lang),
    );
  }
}
