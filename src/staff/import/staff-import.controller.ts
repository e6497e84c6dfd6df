import { Controller, Get, Header, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../../common/access/decorators.js';
import { readUpload } from '../../common/tabular-import/read-upload.js';
import { STAFF_TEMPLATE_FILENAME, staffImportTemplate } from './staff-columns.js';
import { type StaffImportResult, StaffImportService } from './staff-import.service.js';
import { type AuthUser } from '../../kernel/index.js';

@Controller('api/staff/import')
@Roles('hr_officer')
export class StaffImportController {
  constructor(private readonly imports: StaffImportService) {}

  /** Multipart field `file`: CSV (UTF-8) or XLSX. 200 with counts, or 422 IMPORT_INVALID and nothing written. */
  @Post()
  @HttpCode(200)
  async import(@Req() request: FastifyRequest, @CurrentUser() actor: AuthUser): Promise<StaffImportResult> {
    return this.imports.importStaff(await readUpload(request), actor);
  }

  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="${STAFF_TEMPLATE_FILENAME}"`)
  template(): Buffer {
    return staffImportTemplate();
  }
}
