import { Controller, Get, Param, ParseUUIDPipe, Render, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ListAuditQuery } from '../audit/index.js';
import { Roles } from '../common/access/decorators.js';
import { QueryOrRefuse } from '../common/views/page-queries.js';
import { PageRequest } from '../common/views/page-request.js';
import { ListCandidatesQuery } from '../eligibility/index.js';
import { ListStaffQuery } from '../staff/index.js';
import { sendWorkbook } from './send-workbook.js';
import { type ExportedList, ExportsService } from './exports.service.js';
import { printView } from './print.views.js';

const PRINT = 'pages/exports/print';
/** A print page holds at most this many rows (an HTML table of 100,000 rows would not print anyway); past it, it says so. */
const MAX_PRINT_ROWS = 5_000;

/**
 * The pages' "Xuất Excel" and "In" links: the same lists as the API's exports, signed in by the
 * session, beside each list page (the print page holds the whole list, not the screen's page of 50).
 */
@Controller()
export class ExportsPagesController {
  constructor(private readonly exports: ExportsService) {}

  @Get('staff/export.xlsx')
  async staffXlsx(
    @QueryOrRefuse(ListStaffQuery) query: ListStaffQuery,
    @PageRequest() { lang, user }: PageRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.staffList(query, user, lang));
  }

  @Get('staff/print')
  @Render(PRINT)
  async staffPrint(@QueryOrRefuse(ListStaffQuery) query: ListStaffQuery, @PageRequest() page: PageRequest) {
    return this.print(page, await this.exports.staffList(query, page.user, page.lang, MAX_PRINT_ROWS), '/staff');
  }

  @Get('eligibility/export.xlsx')
  async candidatesXlsx(
    @QueryOrRefuse(ListCandidatesQuery) query: ListCandidatesQuery,
    @PageRequest() { lang, user }: PageRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.candidates(query, user, lang));
  }

  @Get('eligibility/print')
  @Render(PRINT)
  async candidatesPrint(@QueryOrRefuse(ListCandidatesQuery) query: ListCandidatesQuery, @PageRequest() page: PageRequest) {
    return this.print(page, await this.exports.candidates(query, page.user, page.lang, MAX_PRINT_ROWS), '/eligibility');
  }

  @Get('audit/export.xlsx')
  @Roles('admin')
  async auditXlsx(
    @QueryOrRefuse(ListAuditQuery) query: ListAuditQuery,
    @PageRequest() { lang }: PageRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.auditLog(query, lang));
  }

  @Get('audit/print')
  @Roles('admin')
  @Render(PRINT)
  async auditPrint(@QueryOrRefuse(ListAuditQuery) query: ListAuditQuery, @PageRequest() page: PageRequest) {
    return this.print(page, await this.exports.auditLog(query, page.lang, MAX_PRINT_ROWS), '/audit');
  }

  @Get('staff/:id/history/export.xlsx')
  async staffHistoryXlsx(
    @Param('id', ParseUUIDPipe) id: string,
    @PageRequest() { lang, user }: PageRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.staffHistory(id, user, lang));
  }

  @Get('staff/:id/history/print')
  @Render(PRINT)
  async staffHistoryPrint(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest) {
    return this.print(page, await this.exports.staffHistory(id, page.user, page.lang), `/staff/${id}/history`);
  }

  @Get('units/:id/history/export.xlsx')
  async unitHistoryXlsx(
    @Param('id', ParseUUIDPipe) id: string,
    @PageRequest() { lang, user }: PageRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.unitHistory(id, user, lang));
  }

  @Get('units/:id/history/print')
  @Render(PRINT)
  async unitHistoryPrint(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest) {
    return this.print(page, await this.exports.unitHistory(id, page.user, page.lang), '/units');
  }

  private print(page: PageRequest, list: ExportedList, back: string) {
    return printView(list.sheet, page.lang, back);
  }
}
