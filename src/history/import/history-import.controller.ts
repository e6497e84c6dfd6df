import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../../common/access/decorators.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { HistoryImportQuery } from '../dto/history-import.query.js';
import { historyImportTemplate, historyTemplateFilename } from './history-columns.js';
import { type HistoryImportResult, HistoryImportService } from './history-import.service.js';
import { type AuthUser } from '../../kernel/index.js';

@Controller('api/history/import')
@Roles('hr_officer')
export class HistoryImportController {
  constructor(private readonly imports: HistoryImportService) {}

  /** Multipart field `file`: CSV (UTF-8) or XLSX. 200 with counts, or 422 IMPORT_INVALID and nothing written. */
  @Post()
  @HttpCode(200)
  async import(
    @Query() query: HistoryImportQuery,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<HistoryImportResult> {
    return this.imports.importFile(query.kind, await readUpload(request), actor);
  }

  /** The CSV template of a kind, with Vietnamese headings. */
  @Get('template.csv')
  template(@Query() query: HistoryImportQuery, @Res({ passthrough: true }) reply: FastifyReply): Buffer {
    void reply.header('Content-Type', 'text/csv; charset=utf-8');
    void reply.header('Content-Disposition', `attachment; filename="${historyTemplateFilename(query.kind)}"`);
    return historyImportTemplate(query.kind);
  }
}
