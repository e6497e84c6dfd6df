import { Controller, Get, Header, HttpCode, Post, Render, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../../common/access/decorators.js';
import { localeFor } from '../../common/views/page-context.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { STAFF_TEMPLATE_FILENAME, staffImportTemplate } from './staff-columns.js';
import { StaffImportService } from './staff-import.service.js';
import { type ImportResultView, importFailureView, importFormView, importSuccessView } from './staff-import.view.js';
import { type AuthUser } from '../../kernel/index.js';

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
  form(@Req() request: FastifyRequest) {
    return importFormView(localeFor(request));
  }

  /** The same template as the API's, reachable with the session cookie the pages use. */
  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="${STAFF_TEMPLATE_FILENAME}"`)
  template(): Buffer {
    return staffImportTemplate();
  }

  @Post()
  @HttpCode(200)
  @Render('pages/staff/import-result')
  async upload(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentUser() actor: AuthUser,
  ): Promise<ImportResultView> {
    const lang = localeFor(request);
    try {
      return importSuccessView(lang, await this.imports.importStaff(await readUpload(request), actor));
    } catch (error) {
      const failure = importFailureView(error, lang);
      void reply.status(failure.status);
      return failure.view;
    }
  }
}
