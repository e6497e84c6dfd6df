import { Controller, Get, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../../common/access/decorators.js';
import { ApiCsvDownload, ApiFileUpload } from '../../common/openapi/operations.js';
import { ApiErrors } from '../../common/openapi/problem.response.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { StaffImportResultResponse } from '../dto/staff-import.response.js';
import { STAFF_TEMPLATE_FILENAME, staffImportTemplate } from './staff-columns.js';
import { StaffImportService } from './staff-import.service.js';
import { type AuthUser, type Locale } from '../../kernel/index.js';
import { AnswerLocale } from '../../common/http/answer-locale.js';
import { withWordedWarnings } from '../../common/validation/plausibility.js';

@ApiTags('staff')
@Controller('api/staff/import')
@Roles('hr_officer')
export class StaffImportController {
  constructor(private readonly imports: StaffImportService) {}

  /** Multipart field `file`: CSV (UTF-8) or XLSX. 200 with counts, or 422 IMPORT_INVALID and nothing written. */
  @Post()
  @HttpCode(200)
  @ApiFileUpload('CSV (UTF-8) or XLSX, headings in the first row; rows match staff by code; all or nothing')
  @ApiOkResponse({ type: StaffImportResultResponse })
  @ApiErrors(400, 413, 415, 422)
  async import(
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
    @AnswerLocale() lang: Locale,
  ): Promise<StaffImportResultResponse> {
    return withWordedWarnings(this.imports.importStaff(await readUpload(request), actor), lang);
  }

  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="${STAFF_TEMPLATE_FILENAME}"`)
  @ApiCsvDownload('The CSV template, with Vietnamese headings')
  template(): Buffer {
    return staffImportTemplate();
  }
}
