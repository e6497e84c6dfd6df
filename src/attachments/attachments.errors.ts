import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** Attachments (a campaign's documents, a nomination's evidence): each refusal of a file says why beside the file field. */
export const ATTACHMENTS_ERRORS = {
  ATTACHMENT_NOT_FOUND: 404,
  /** An empty upload: nothing to keep. */
  ATTACHMENT_EMPTY: 400,
  /** The content is not a PDF, DOCX, PNG or JPEG, whatever the name or the type claimed say. */
  ATTACHMENT_TYPE_REFUSED: 415,
  /** The owner already holds the most files it may. */
  ATTACHMENTS_TOO_MANY: 409,
  /** The owner's files together would pass what one owner may hold. */
  ATTACHMENTS_TOO_LARGE: 413,
} as const satisfies ErrorStatuses;

export type AttachmentsErrorCode = keyof typeof ATTACHMENTS_ERRORS;

const fileDetail = (constraint: string) => [{ field: 'file', constraint }];

export class AttachmentNotFound extends DomainError<AttachmentsErrorCode> {
  constructor(id: string) {
    super('ATTACHMENT_NOT_FOUND', `No attachment with id ${id} here`, undefined, { id });
  }
}

export class AttachmentEmpty extends DomainError<AttachmentsErrorCode> {
  constructor(name: string) {
    super('ATTACHMENT_EMPTY', `The file "${name}" is empty`, fileDetail('empty'), { name });
  }
}

export class AttachmentTypeRefused extends DomainError<AttachmentsErrorCode> {
  constructor(name: string) {
    super('ATTACHMENT_TYPE_REFUSED', `The content of "${name}" is not a PDF, DOCX, PNG or JPEG document`, fileDetail('mediaType'), {
      name,
    });
  }
}

export class AttachmentsTooMany extends DomainError<AttachmentsErrorCode> {
  constructor(max: number) {
    super('ATTACHMENTS_TOO_MANY', `At most ${max} files may be attached here`, fileDetail('tooMany'), { max });
  }
}

export class AttachmentsTooLarge extends DomainError<AttachmentsErrorCode> {
  constructor(maxMb: number) {
    super('ATTACHMENTS_TOO_LARGE', `The files attached here may hold at most ${maxMb} MB together`, fileDetail('tooLarge'), { maxMb });
  }
}
