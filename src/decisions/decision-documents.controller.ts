import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import type { DocumentFormat, DocumentPart } from '../documents/index.js';
import { type DecisionFile, type DecisionFileAnswer, DecisionDocumentsService, type RenderingView } from './decision-documents.service.js';
import { RenderingResponse } from './dto/decision-documents.response.js';

const MEDIA: Record<DocumentFormat, string> = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The OpenAPI of one document route: the file (200), or the rendering's progress while an issued decision's copy is made (202). */
function ApiDocument(format: DocumentFormat, what: string): MethodDecorator {
  return (target, key, descriptor) => {
    ApiExtraModels(RenderingResponse)(target, key, descriptor);
    ApiProduces(MEDIA[format], 'application/json')(target, key, descriptor);
    ApiOkResponse({
      description: `${what}; X-Content-SHA256 carries its hex SHA-256. A draft is rendered on request (marked DỰ THẢO, the number blank); an issued decision's copy is the stored one`,
      content: { [MEDIA[format]]: { schema: { type: 'string', format: format === 'html' ? undefined : 'binary' } } },
    })(target, key, descriptor);
    ApiResponse({
      status: 202,
      description: "An issued decision's copy is still being rendered: the job's progress (Retry-After: 2)",
      content: { 'application/json': { schema: { $ref: getSchemaPath(RenderingResponse) } } },
    })(target, key, descriptor);
    (format === 'pdf' ? ApiErrors(404, [503, 'DOCUMENT_RENDERER_UNAVAILABLE: LibreOffice is not installed']) : ApiErrors(404))(
      target,
      key,
      descriptor,
    );
  };
}

/**
 * A decision's documents in the ND 30/2020 layout, for whoever may read the decision: the whole
 * decision with its attached list (`document.*`), or the list alone (`list.*`), in HTML (to preview
 * and print), DOCX (to edit in Word) and PDF/A-2b (to sign and archive).
 */
@ApiTags('decisions')
@Controller('api/decisions/:id')
export class DecisionDocumentsController {
  constructor(private readonly documents: DecisionDocumentsService) {}

  @Get('document.html')
  @ApiDocument('html', 'The decision with its attached list, print-ready A4 HTML')
  documentHtml(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | RenderingView> {
    return this.send(reply, id, 'decision', 'html');
  }

  @Get('document.docx')
  @ApiDocument('docx', 'The decision with its attached list, as a Word document')
  documentDocx(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | RenderingView> {
    return this.send(reply, id, 'decision', 'docx');
  }

  @Get('document.pdf')
  @ApiDocument('pdf', 'The decision with its attached list, PDF/A-2b')
  documentPdf(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | RenderingView> {
    return this.send(reply, id, 'decision', 'pdf');
  }

  @Get('list.html')
  @ApiDocument('html', 'The attached list alone, print-ready A4 HTML')
  listHtml(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | RenderingView> {
    return this.send(reply, id, 'list', 'html');
  }

  @Get('list.docx')
  @ApiDocument('docx', 'The attached list alone, as a Word document')
  listDocx(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | RenderingView> {
    return this.send(reply, id, 'list', 'docx');
  }

  @Get('list.pdf')
  @ApiDocument('pdf', 'The attached list alone, PDF/A-2b')
  listPdf(
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | RenderingView> {
    return this.send(reply, id, 'list', 'pdf');
  }

  /** The rendering of an issued decision's documents: the job's state (queued, running, done, failed) and the copies stored. */
  @Get('rendering')
  @ApiOkResponse({ type: RenderingResponse })
  @ApiErrors(404)
  rendering(@Param('id', ParseUUIDPipe) id: string): Promise<RenderingView> {
    return this.documents.rendering(id);
  }

  private async send(reply: FastifyReply, id: string, part: DocumentPart, format: DocumentFormat): Promise<StreamableFile | RenderingView> {
    return answer(reply, await this.documents.file(id, part, format));
  }
}

/** The file with its headers, or 202 with the progress. */
function answer(reply: FastifyReply, found: DecisionFileAnswer): StreamableFile | RenderingView {
  if (!found.ready) {
    void reply.status(202);
    void reply.header('Retry-After', '2');
    return found.rendering;
  }
  return sendDecisionFile(reply, found.file);
}

/** A document with its type, name (HTML opens in the browser, DOCX and PDF download), sha256 and, for HTML, its own style policy. */
export function sendDecisionFile(reply: FastifyReply, file: DecisionFile): StreamableFile {
  const disposition = attachmentDisposition(file.fileName);
  void reply.header('Content-Type', file.contentType);
  void reply.header(
    'Content-Disposition',
    file.contentType.startsWith('text/html') ? disposition.replace(/^attachment/u, 'inline') : disposition,
  );
  void reply.header('X-Content-SHA256', file.sha256);
  void reply.header('Cache-Control', file.stored ? 'private, max-age=0, must-revalidate' : 'no-store');
  if (file.contentSecurityPolicy) {
    void reply.header('Content-Security-Policy', file.contentSecurityPolicy);
  }
  return new StreamableFile(file.content);
}
