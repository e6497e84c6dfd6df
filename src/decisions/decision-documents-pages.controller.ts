import { Controller, Get, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { PageRequest } from '../common/views/page-request.js';
import type { DocumentFormat, DocumentPart } from '../documents/index.js';
import { sendDecisionFile } from './decision-documents.controller.js';
import { DecisionDocumentsService } from './decision-documents.service.js';

/**
 * A decision's documents for the pages (the session cookie, which never authorises the API): the
 * same files as `GET /api/decisions/:id/document.*`, for the decision page's links and the browser's
 * print. A page cannot poll, so an issued decision's copy not stored yet is rendered and stored now.
 */
@Controller('decisions/:id')
export class DecisionDocumentsPagesController {
  constructor(private readonly documents: DecisionDocumentsService) {}

  @Get('document.html')
  documentHtml(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'decision', 'html');
  }

  @Get('document.docx')
  documentDocx(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'decision', 'docx');
  }

  @Get('document.pdf')
  documentPdf(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'decision', 'pdf');
  }

  @Get('list.html')
  listHtml(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'list', 'html');
  }

  @Get('list.docx')
  listDocx(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'list', 'docx');
  }

  @Get('list.pdf')
  listPdf(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'list', 'pdf');
  }

  private async send({ reply }: PageRequest, id: string, part: DocumentPart, format: DocumentFormat): Promise<StreamableFile> {
    const found = await this.documents.file(id, part, format, { waitForJob: false });
    if (!found.ready) {
      throw new Error('A page asked not to wait for the render job, and was told to wait');
    }
    return sendDecisionFile(reply, found.file);
  }
}
