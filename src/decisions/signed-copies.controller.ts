import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser } from '../common/access/decorators.js';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import { ApiFileUpload } from '../common/openapi/operations.js';
import { ApiErrors } from '../common/openapi/problem.response.js';
import { readUpload } from '../common/tabular-import/read-upload.js';
import { type AuthUser } from '../kernel/index.js';
import { SignedCopyResponse } from './dto/revocations.response.js';
import { SignedCopiesService } from './signed-copies.service.js';

/** The signed PDF of an issued decision: the official copy once uploaded. */
@ApiTags('decisions')
@Controller('api/decisions/:id/signed-copy')
export class SignedCopiesController {
  constructor(private readonly copies: SignedCopiesService) {}

  /** Multipart field `file`: a PDF (checked by its content), at most 20 MB. Admins and users assigned to the issuer. */
  @Post()
  @ApiFileUpload('The signed PDF (digital signature or scan), at most 20 MB; it becomes the official copy')
  @ApiCreatedResponse({ type: SignedCopyResponse })
  @ApiErrors(400, [403, 'DECISION_NOT_ISSUER: not an admin nor assigned to the issuer'], 404, [409, 'DECISION_NOT_ISSUED'], 413, [
    415,
    'DECISION_SIGNED_COPY_NOT_PDF, or not multipart',
  ])
  async upload(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentUser() actor: AuthUser,
  ): Promise<SignedCopyResponse> {
    return this.copies.store(id, await readUpload(request), actor);
  }

  /** The latest signed copy, with its SHA-256 in `X-Content-SHA256` (hex) and `Repr-Digest` (RFC 9530). */
  @Get()
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF; X-Content-SHA256 carries its hex SHA-256',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(404)
  async download(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const copy = await this.copies.latest(id);
    void reply.header('Content-Type', 'application/pdf');
    void reply.header('Content-Disposition', attachmentDisposition(copy.fileName ?? `quyet-dinh-${id}.pdf`));
    void reply.header('X-Content-SHA256', copy.sha256);
    void reply.header('Repr-Digest', `sha-256=:${Buffer.from(copy.sha256, 'hex').toString('base64')}:`);
    return new StreamableFile(copy.content);
  }
}
