import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import type { CouncilDocumentKind, DocumentFormat } from '../documents/index.js';
import { type AuthUser } from '../kernel/index.js';
import { type CouncilFile, CouncilDocumentsService } from './council-documents.service.js';
import { CouncilSessionsService } from './council-sessions.service.js';
import type { BallotView, CouncilSessionView } from './councils.types.js';
import { BallotResponse, CouncilSessionResponse } from './dto/councils.response.js';
import { CloseSessionDto, OpenSessionDto, RecordBallotDto } from './dto/session.dto.js';

const MEDIA: Record<DocumentFormat, string> = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The OpenAPI of one document route. */
function ApiCouncilDocument(format: DocumentFormat, what: string): MethodDecorator {
  return (target, key, descriptor) => {
    ApiProduces(MEDIA[format], 'application/json')(target, key, descriptor);
    ApiOkResponse({
      description: `${what}; X-Content-SHA256 carries its hex SHA-256. Before the session closes, a draft (marked DỰ THẢO, the number blank)`,
      content: { [MEDIA[format]]: { schema: { type: 'string', format: format === 'html' ? undefined : 'binary' } } },
    })(target, key, descriptor);
    (format === 'pdf' ? ApiErrors(403, 404, [503, 'DOCUMENT_RENDERER_UNAVAILABLE: LibreOffice is not installed']) : ApiErrors(403, 404))(
      target,
      key,
      descriptor,
    );
  };
}

/**
 * Council sessions: opened with the attendance of their date checked against the settings (quorum,
 * attendance for awards), ballots per nomination against the award's threshold of ALL members, closed
 * once (each nomination passed or failed, the minutes and the tally numbered, the session frozen), and
 * the minutes and the ballot tally in HTML, DOCX and PDF/A.
 */
@ApiTags('councils')
@Controller('api/council-sessions')
export class CouncilSessionsController {
  constructor(
    private readonly sessions: CouncilSessionsService,
    private readonly documents: CouncilDocumentsService,
  ) {}

  @Post()
  @Roles('council_secretary')
  @ApiCreatedResponse({ type: CouncilSessionResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  open(@Body() dto: OpenSessionDto, @CurrentUser() actor: AuthUser): Promise<CouncilSessionView> {
    return this.sessions.open(dto, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: CouncilSessionResponse })
  @ApiErrors(403, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CouncilSessionView> {
    return this.sessions.get(id, user);
  }

  /** One nomination's ballot, recorded again as often as needed until the session closes (409 after). */
  @Put(':id/ballots/:nominationId')
  @Roles('council_secretary')
  @ApiOkResponse({ type: BallotResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  recordBallot(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Body() dto: RecordBallotDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<BallotView> {
    return this.sessions.recordBallot(id, nominationId, dto, actor);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('council_secretary')
  @ApiOkResponse({ type: CouncilSessionResponse })
  @ApiErrors(400, 403, 404, 409, 422)
  close(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseSessionDto, @CurrentUser() actor: AuthUser): Promise<CouncilSessionView> {
    return this.sessions.close(id, dto, actor);
  }

  @Get(':id/minutes.html')
  @ApiCouncilDocument('html', 'The minutes of the session (biên bản họp), print-ready A4 HTML')
  minutesHtml(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send(reply, id, 'minutes', 'html', user);
  }

  @Get(':id/minutes.docx')
  @ApiCouncilDocument('docx', 'The minutes of the session, as a Word document')
  minutesDocx(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send(reply, id, 'minutes', 'docx', user);
  }

  @Get(':id/minutes.pdf')
  @ApiCouncilDocument('pdf', 'The minutes of the session, PDF/A-2b')
  minutesPdf(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send(reply, id, 'minutes', 'pdf', user);
  }

  @Get(':id/tally.html')
  @ApiCouncilDocument('html', 'The ballot tally of the session (biên bản kiểm phiếu), print-ready A4 HTML')
  tallyHtml(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send(reply, id, 'tally', 'html', user);
  }

  @Get(':id/tally.docx')
  @ApiCouncilDocument('docx', 'The ballot tally of the session, as a Word document')
  tallyDocx(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send(reply, id, 'tally', 'docx', user);
  }

  @Get(':id/tally.pdf')
  @ApiCouncilDocument('pdf', 'The ballot tally of the session, PDF/A-2b')
  tallyPdf(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send(reply, id, 'tally', 'pdf', user);
  }

  private async send(
    reply: FastifyReply,
    id: string,
    kind: CouncilDocumentKind,
    format: DocumentFormat,
    user: AuthUser,
  ): Promise<StreamableFile> {
    return sendCouncilFile(reply, await this.documents.file(id, kind, format, user));
  }
}

/** A document with its type, its name (HTML opens in the browser, DOCX and PDF download), its sha256 and, for HTML, its own style policy. */
export function sendCouncilFile(reply: FastifyReply, file: CouncilFile): StreamableFile {
  const disposition = attachmentDisposition(file.fileName);
  void reply.header('Content-Type', file.contentType);
  void reply.header(
    'Content-Disposition',
    file.contentType.startsWith('text/html') ? disposition.replace(/^attachment/u, 'inline') : disposition,
  );
  void reply.header('X-Content-SHA256', file.sha256);
  void reply.header('Cache-Control', 'no-store');
  if (file.contentSecurityPolicy) {
    void reply.header('Content-Security-Policy', file.contentSecurityPolicy);
  }
  return new StreamableFile(file.content);
}
