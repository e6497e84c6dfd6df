import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiFileUpload } from '../common/openapi/operations.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import type { AuthUser } from '../kernel/index.js';
import { CreateDossierDto } from './dto/create-dossier.dto.js';
import { DossierDownloadQuery, ListDossiersQuery } from './dto/list-dossiers.query.js';
import { RecordOutcomeDto } from './dto/record-outcome.dto.js';
import { DossierPageResponse, DossierResponse, HigherDecisionCopyResponse, RecordedOutcomeResponse } from './dto/upward.response.js';
import { dossierFileOf, sendDossierFile } from './upward-files.js';
import { UpwardDocumentsService } from './upward-documents.service.js';
import { UpwardService } from './upward.service.js';

/**
 * Awards decided above this body: the dossier that proposes them (council secretaries and admins,
 * within their units), its documents as one download, and the decisions that come back (recorded by
 * the council's secretary or the clerk). Any signed-in user of the units concerned reads them.
 */
@ApiTags('upward')
@Controller('api/upward-dossiers')
export class UpwardController {
  constructor(
    private readonly upward: UpwardService,
    private readonly documents: UpwardDocumentsService,
  ) {}

  /** The nominations (passed, or posted where required; one year) become `proposed_upward`, all or nothing. */
  @Post()
  @Roles('council_secretary')
  @ApiCreatedResponse({ type: DossierResponse })
  @ApiErrors(400, 403, [409, 'the law’s transition refused, or a nomination is a line of a decision here'], 422)
  create(@Body() dto: CreateDossierDto, @CurrentUser() actor: AuthUser): Promise<DossierResponse> {
    return this.upward.create(dto, actor);
  }

  @Get()
  @ApiOkResponse({ type: DossierPageResponse })
  list(@Query() query: ListDossiersQuery, @CurrentUser() user: AuthUser): Promise<DossierPageResponse> {
    return this.upward.list(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: DossierResponse })
  @ApiErrors(403, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<DossierResponse> {
    return this.upward.get(id, user);
  }

  /** The whole dossier as one ZIP: 00-muc-luc.txt, 01 tờ trình, 02 danh sách, 03 biên bản (when the system has it), 04 báo cáo thành tích. */
  @Get(':id/download')
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'A ZIP of DOCX files (with PDF/A copies when `pdf=true`)',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(403, 404, [413, 'UPWARD_DOSSIER_TOO_LARGE'], [503, 'DOCUMENT_RENDERER_UNAVAILABLE: LibreOffice is not installed (pdf=true)'])
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DossierDownloadQuery,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendDossierFile(reply, await this.documents.archive(id, user, query.pdf === 'true'));
  }

  /** One document: `submission|list|reports` `.html|.docx|.pdf`. */
  @Get(':id/documents/:file')
  @ApiProduces('text/html', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf')
  @ApiOkResponse({
    description: 'The document (HTML opens in the browser; DOCX and PDF/A download); X-Content-SHA256 carries its hex SHA-256',
    content: {
      'text/html': { schema: { type: 'string' } },
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors(403, 404, [503, 'DOCUMENT_RENDERER_UNAVAILABLE: LibreOffice is not installed'])
  async document(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('file') file: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { part, format } = dossierFileOf(file);
    return sendDossierFile(reply, await this.documents.part(id, part, format, user));
  }

  /**
   * The decision that came back: granted nominations become `decided` and their awards enter the
   * history with its number, date and issuer; the others are withdrawn with it as the reason.
   */
  @Post(':id/outcome')
  @HttpCode(201)
  @Roles('council_secretary', 'clerk')
  @ApiCreatedResponse({ type: RecordedOutcomeResponse })
  @ApiErrors(400, 403, 404, [409, 'already answered, already awarded, or the number recorded already'], 422)
  recordOutcome(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordOutcomeDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<RecordedOutcomeResponse> {
    return this.upward.recordOutcome(id, dto, actor);
  }

  /** Multipart field `file`: the signed PDF of the decision from above (checked by its content), at most 20 MB. */
  @Post(':id/decisions/:decisionId/signed-copy')
  @Roles('council_secretary', 'clerk')
  @ApiFileUpload('The signed PDF (a scan or the digitally signed file); the latest uploaded is the one shown')
  @ApiCreatedResponse({ type: HigherDecisionCopyResponse })
  @ApiErrors(400, 403, 404, 413, [415, 'UPWARD_COPY_NOT_PDF, or not multipart'])
  async uploadCopy(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('decisionId', ParseUUIDPipe) decisionId: string,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<HigherDecisionCopyResponse> {
    return this.upward.storeCopy(id, decisionId, await readUpload(request), actor);
  }

  @Get(':id/decisions/:decisionId/signed-copy')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF; X-Content-SHA256 carries its hex SHA-256',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(403, 404)
  async downloadCopy(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('decisionId', ParseUUIDPipe) decisionId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const copy = await this.upward.copy(id, decisionId, user);
    return sendDossierFile(reply, {
      fileName: copy.fileName ?? `quyet-dinh-cap-tren-${decisionId.slice(0, 8)}.pdf`,
      contentType: 'application/pdf',
      content: copy.content,
      sha256: copy.sha256,
      contentSecurityPolicy: null,
    });
  }
}
