import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const DOCUMENTS_ERRORS = {
  /** LibreOffice (or the Liberation 2.x fonts it prints Times New Roman with) is not installed: no PDF can be made. */
  DOCUMENT_RENDERER_UNAVAILABLE: 503,
} as const satisfies ErrorStatuses;

export type DocumentsErrorCode = keyof typeof DOCUMENTS_ERRORS;

/** The packages the PDF needs, named in the message so whoever runs the server knows what to install. */
export const PDF_RENDERER_PACKAGES = 'libreoffice-writer-nogui, fonts-liberation2';

export class DocumentRendererUnavailable extends DomainError<DocumentsErrorCode> {
  constructor(reason: string) {
    super(
      'DOCUMENT_RENDERER_UNAVAILABLE',
      `PDF renderer unavailable (${reason}): install the Debian packages ${PDF_RENDERER_PACKAGES}`,
      [],
      {
        packages: PDF_RENDERER_PACKAGES,
      },
    );
  }
}
