import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { DOCUMENT_MEDIA_TYPES } from '../common/uploads/media-type.js';

/** A download of an attached document: the bytes as the type judged at upload, with their SHA-256 in a header. */
export const ApiAttachmentDownload = (): MethodDecorator =>
  applyDecorators(
    ApiProduces(...DOCUMENT_MEDIA_TYPES),
    ApiOkResponse({
      description: 'The bytes, as the type judged at upload (always as an attachment); X-Content-SHA256 carries their hex SHA-256',
      content: Object.fromEntries(DOCUMENT_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
