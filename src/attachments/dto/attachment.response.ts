import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum, ApiId, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from '../../common/uploads/media-type.js';
import type { AttachmentView } from '../attachments.sql.js';

/** An attached file without its bytes (download it from its own address). */
export class AttachmentResponse {
  @ApiId()
  id!: string;

  @ApiNullable(String, { description: 'The name it was uploaded under, cleaned of control and direction characters' })
  fileName!: string | null;

  @ApiEnum(DOCUMENT_MEDIA_TYPES, { description: 'Judged from the content, not from the name or the type the client sent' })
  mediaType!: DocumentMediaType;

  @ApiProperty({ type: 'integer', description: 'Bytes' })
  size!: number;

  @ApiProperty({ description: 'SHA-256 of the bytes, hex' })
  sha256!: string;

  @ApiTimestamp()
  uploadedAt!: string;

  @ApiId({ nullable: true })
  uploadedBy!: string | null;

  @ApiNullable(String)
  uploadedByName!: string | null;
}

export type AttachmentResponseAgrees = Agrees<SameShape<AttachmentResponse, AttachmentView>>;
