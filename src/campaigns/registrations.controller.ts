import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiCsvDownload, ApiFileUpload } from '../common/openapi/operations.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { type AuthUser } from '../kernel/index.js';
import { CreateRegistrationDto } from './dto/create-registration.dto.js';
import { ListRegistrationsQuery } from './dto/list-registrations.query.js';
import { PutUnitRegistrationsDto } from './dto/put-unit-registrations.dto.js';
import {
  RegistrationImportResponse,
  RegistrationPageResponse,
  RegistrationResponse,
  UnitRegistrationsResponse,
} from './dto/registration.response.js';
import { REGISTRATION_TEMPLATE_FILENAME, registrationTemplate } from './import/registration-columns.js';
import { RegistrationImportService } from './import/registration-import.service.js';
import { RegistrationsService } from './registrations.service.js';

/** Registrations (đăng ký thi đua): HR officers and managers within their units, admins anywhere; everyone reads within their units. */
@ApiTags('campaigns')
@Controller('api')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly imports: RegistrationImportService,
  ) {}

  @Post('registrations')
  @Roles('hr_officer', 'manager')
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiErrors(
    400,
    [403, 'OUT_OF_SCOPE: the subject is outside your units'],
    [409, 'REGISTRATION_EXISTS: one per subject × campaign × award'],
  )
  create(@Body() dto: CreateRegistrationDto, @CurrentUser() actor: AuthUser): Promise<RegistrationResponse> {
    return this.registrations.create(dto, actor);
  }

  @Get('registrations')
  @ApiOkResponse({ type: RegistrationPageResponse })
  @ApiErrors(400, 403)
  list(@Query() query: ListRegistrationsQuery, @CurrentUser() user: AuthUser): Promise<RegistrationPageResponse> {
    return this.registrations.list(query, user);
  }

  @Delete('registrations/:id')
  @Roles('hr_officer', 'manager')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; the audit log keeps what it was' })
  @ApiErrors(403, 404)
  async remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.registrations.remove(id, actor);
  }

  /**
   * A unit's grid saved at once: for its active members and itself, and for the awards of
   * `awardTypes`, the registrations become exactly the ones listed. All or nothing.
   */
  @Put('campaigns/:id/units/:unitId/registrations')
  @Roles('hr_officer', 'manager')
  @ApiOkResponse({ type: UnitRegistrationsResponse })
  @ApiErrors(400, 403, 404, [422, 'REGISTRATION_NOT_IN_UNIT: someone listed is not an active member of the unit; nothing written'])
  putUnit(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() dto: PutUnitRegistrationsDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<UnitRegistrationsResponse> {
    return this.registrations.putUnit(id, unitId, dto, actor);
  }

  /** Multipart field `file`: CSV (UTF-8) or XLSX with `Mã cán bộ` or `Mã đơn vị` and `Danh hiệu`; all or nothing. */
  @Post('campaigns/:id/registrations/import')
  @Roles('hr_officer', 'manager')
  @HttpCode(200)
  @ApiFileUpload('CSV (UTF-8) or XLSX: a staff or unit code and the award on each row; rows already registered are left as they are')
  @ApiOkResponse({ type: RegistrationImportResponse })
  @ApiErrors(400, 404, 413, 415, [422, 'IMPORT_INVALID: every problem by line in `details`; nothing written'])
  async import(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<RegistrationImportResponse> {
    return this.imports.importFile(id, await readUpload(request), actor);
  }

  @Get('registrations/import/template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="${REGISTRATION_TEMPLATE_FILENAME}"`)
  @ApiCsvDownload('The CSV template, with Vietnamese headings')
  template(): Buffer {
    return registrationTemplate();
  }
}
