import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../../common/access/decorators.js';
import { ApiCsvDownload, ApiFileUpload } from '../../common/openapi/operations.js';
import { ApiErrors } from '../../common/openapi/problem.response.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { HistoryImportResultResponse } from '../dto/history-import.response.js';
import { HistoryImportQuery } from '../dto/history-import.query.js';
import { historyImportTemplate, historyTemplateFilename } from './history-columns.js';
import { HistoryImportService } from './history-import.service.js';
import { type AuthUser, type Locale } from '../../kernel/index.js';
import { AnswerLocale } from '../../common/http/answer-locale.js';
import { withWordedWarnings } from '../../common/validation/plausibility.js';

@ApiTags('history')
@Controller('api/history/import')
@Roles('hr_officer')
export class HistoryImportController {
  constructor(private readonly imports: HistoryImportService) {}

  /** Multipart field `file`: CSV (UTF-8) or XLSX. 200 with counts, or 422 IMPORT_INVALID and nothing written. */
  @Post()
  @HttpCode(200)
  @ApiFileUpload('CSV (UTF-8) or XLSX, headings in the first row; all or nothing')
  @ApiOkResponse({ type: HistoryImportResultResponse })
  @ApiErrors(413, 415, 422)
  async import(
    @Query() query: HistoryImportQuery,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
    @AnswerLocale() lang: Locale,
  ): Promise<HistoryImportResultResponse> {
    return withWordedWarnings(this.imports.importFile(query.kind, await readUpload(request), actor), lang);
  }

  /** The CSV template of a kind, with Vietnamese headings. */
  @Get('template.csv')
  @ApiCsvDownload('The CSV template of the kind, with Vietnamese headings')
  template(@Query() query: HistoryImportQuery, @Res({ passthrough: true }) reply: FastifyReply): Buffer {
    void reply.header('Content-Type', 'text/csv; charset=utf-8');
    void reply.header('Content-Disposition', `attachment; filename="${historyTemplateFilename(query.kind)}"`);
    return historyImportTemplate(query.kind);
  }
}
