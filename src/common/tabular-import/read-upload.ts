import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error.js';
import { ImportFileRejected } from './import-problems.js';
import type { UploadedFile } from './parse-table.js';
import { MAX_UPLOAD_BYTES } from '../../config/limits.js';

const TOO_LARGE = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

/**
 * The file of a multipart upload, read whole, from the field `field`. Whatever the client sends,
 * the answer is a 4xx a person can act on: not multipart (415), no file (400), damaged upload
 * (400), over the upload limit set in app.setup.ts (413).
 */
export async function readUpload(request: FastifyRequest, field = 'file'): Promise<UploadedFile> {
  if (!request.isMultipart()) {
    throw new ImportFileRejected('UNSUPPORTED_MEDIA_TYPE', 'notMultipart');
  }
  try {
    const part = await request.file();
    if (!part || part.fieldname !== field || part.filename === '') {
      // Browsers send an empty part when no file was chosen; let the rest of the body flow away.
      part?.file.resume();
      throw new ImportFileRejected('MALFORMED_REQUEST', 'noFile');
    }
    const buffer = await part.toBuffer();
    return { filename: part.filename, mimetype: part.mimetype, buffer };
  } catch (error) {
    if (error instanceof DomainError) {
      throw error;
    }
    if (TOO_LARGE.has(String((error as { code?: unknown }).code))) {
      throw new ImportFileRejected('PAYLOAD_TOO_LARGE', 'tooLarge', { maxMb: MAX_UPLOAD_BYTES / (1024 * 1024) });
    }
    // Busboy's complaints (no boundary, body cut short) are all a damaged upload.
    throw new ImportFileRejected('MALFORMED_REQUEST', 'badMultipart');
  }
}
