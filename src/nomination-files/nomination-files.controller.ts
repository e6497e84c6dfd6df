import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiAttachmentDownload, AttachmentResponse, sendAttachment } from '../attachments/index.js';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { ApiFileUpload } from '../common/openapi/operations.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { type AuthUser } from '../kernel/index.js';
import { NominationFilesService } from './nomination-files.service.js';

/** A nomination's evidence files: read by whoever may read the nomination; changed by HR officers of its unit and admins while it is a draft or returned. */
@ApiTags('nominations')
@Controller('api/nominations/:id/files')
export class NominationFilesController {
  constructor(private readonly files: NominationFilesService) {}

  /** Multipart field `file`: a PDF, DOCX, PNG or JPEG (judged by its content), at most 20 MB. */
  @Post()
  @Roles('hr_officer')
  @ApiFileUpload('Evidence of the nomination (achievement report, minutes, certificates): PDF, DOCX, PNG or JPEG, at most 20 MB')
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiErrors(
    400,
    [403, 'Not an HR officer of the proposing unit nor an admin'],
    404,
    [409, 'NOMINATION_FILES_CLOSED: the nomination is no longer a draft or returned; ATTACHMENTS_TOO_MANY'],
    [413, 'Over 20 MB, or ATTACHMENTS_TOO_LARGE'],
    [415, 'ATTACHMENT_TYPE_REFUSED, or not multipart'],
  )
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<AttachmentResponse> {
    return this.files.add(id, await readUpload(request), actor);
  }

  @Get()
  @ApiOkResponse({ type: [AttachmentResponse] })
  @ApiErrors(403, 404)
  list(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<AttachmentResponse[]> {
    return this.files.list(id, user);
  }

  @Get(':fileId')
  @ApiAttachmentDownload()
  @ApiErrors(403, 404)
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendAttachment(reply, await this.files.file(id, fileId, user), `minh-chung-${fileId}`);
  }

  @Delete(':fileId')
  @Roles('hr_officer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; the audit log keeps its name, size and SHA-256' })
  @ApiErrors(403, 404, [409, 'NOMINATION_FILES_CLOSED'])
  async remove(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<void> {
    await this.files.remove(id, fileId, actor);
  }
}
