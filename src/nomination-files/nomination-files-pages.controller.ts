import { Controller, Get, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { sendAttachment } from '../attachments/index.js';
import { Roles } from '../common/access/decorators.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { withFlash } from '../common/views/flash.js';
import { type PageAnswer, PageRequest, redirectTo } from '../common/views/page-request.js';
import { NominationFilesService } from './nomination-files.service.js';

/**
 * The evidence files for the nomination's page (`/nominations/:id`, which shows them with
 * `evidenceFilesModel` and the partial `nominations/evidence-files`): the same service as the API,
 * with the session. A refusal (not a document, not open any more) is the error page with its reason.
 */
@Controller('nominations/:id/files')
export class NominationFilesPagesController {
  constructor(private readonly files: NominationFilesService) {}

  /** Multipart, the CSRF token its first field (read before the file, see common/http/csrf.ts). */
  @Post()
  @Roles('hr_officer')
  async upload(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    await this.files.add(id, await readUpload(page.request), page.user);
    return redirectTo(page, withFlash(`/nominations/${id}`, '1', 'evidence'));
  }

  @Get(':fileId')
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @PageRequest() page: PageRequest,
  ): Promise<StreamableFile> {
    return sendAttachment(page.reply, await this.files.file(id, fileId, page.user), `minh-chung-${fileId}`);
  }

  @Post(':fileId/delete')
  @Roles('hr_officer')
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    await this.files.remove(id, fileId, page.user);
    return redirectTo(page, withFlash(`/nominations/${id}`, '1', 'evidence'));
  }
}
