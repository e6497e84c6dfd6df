import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ListAuditQuery } from '../audit/index.js';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { AnswerLocale } from '../common/http/answer-locale.js';
import { ApiXlsxDownload } from '../common/openapi/operations.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { ListCandidatesQuery } from '../eligibility/index.js';
import { ListStaffQuery } from '../staff/index.js';
import { sendWorkbook } from './send-workbook.js';
import { ExportsService } from './exports.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

/**
 * `GET …/export.xlsx` beside every list route: the list's own query (paging ignored), authorisation
 * and scope; all rows up to 100,000, the cut said in the title rows.
 */
@ApiTags('exports')
@Controller('api')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('staff/export.xlsx')
  @ApiXlsxDownload('The staff list of GET /api/staff with the same filters (page and pageSize ignored), every row up to 100,000')
  @ApiErrors(403, 404)
  async staff(
    @Query() query: ListStaffQuery,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.staffList(query, user, lang));
  }

  @Get('eligibility/candidates/export.xlsx')
  @ApiXlsxDownload(
    'The candidates of GET /api/eligibility/candidates with the same query (page and pageSize ignored), every row, with the reward money of those who qualify',
  )
  @ApiErrors(403, 404, 422)
  async candidates(
    @Query() query: ListCandidatesQuery,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.candidates(query, user, lang));
  }

  @Get('audit/export.xlsx')
  @Roles('admin')
  @ApiXlsxDownload('The audit log of GET /api/audit with the same filters (page and pageSize ignored), newest first, up to 100,000 entries')
  @ApiErrors(403)
  async audit(
    @Query() query: ListAuditQuery,
    @AnswerLocale() lang: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.auditLog(query, lang));
  }

  @Get('staff/:id/history/export.xlsx')
  @ApiXlsxDownload('The history of GET /api/staff/:id/history, one row per record, with the reward money of each award')
  @ApiErrors(403, 404)
  async staffHistory(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.staffHistory(id, user, lang));
  }

  @Get('units/:id/history/export.xlsx')
  @ApiXlsxDownload('The history of GET /api/units/:id/history, one row per record, with the reward money of each award')
  @ApiErrors(403, 404)
  async unitHistory(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @AnswerLocale() lang: Locale,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendWorkbook(reply, await this.exports.unitHistory(id, user, lang));
  }
}
