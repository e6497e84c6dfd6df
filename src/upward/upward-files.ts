import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import { NotFound } from '../common/errors/domain-error.js';
import { DOSSIER_PARTS, type DossierPart } from '../documents/index.js';
import type { DossierFile, DossierFormat } from './upward-documents.service.js';

const FORMATS: readonly DossierFormat[] = ['html', 'docx', 'pdf'];

/** `submission.html` → the part and the format; anything else names no document (404). */
export function dossierFileOf(file: string): { part: DossierPart; format: DossierFormat } {
  const match = /^([a-z]+)\.([a-z]+)$/u.exec(file);
  const part = match?.[1] as DossierPart | undefined;
  const format = match?.[2] as DossierFormat | undefined;
  if (!part || !format || !DOSSIER_PARTS.includes(part) || !FORMATS.includes(format)) {
    throw new NotFound('document', file);
  }
  return { part, format };
}

/** A file with its type and name (HTML opens in the browser, the others download), its sha256 and, for HTML, its own style policy. */
export function sendDossierFile(reply: FastifyReply, file: DossierFile): StreamableFile {
  const disposition = attachmentDisposition(file.fileName);
  void reply.header('Content-Type', file.contentType);
  void reply.header(
    'Content-Disposition',
    file.contentType.startsWith('text/html') ? disposition.replace(/^attachment/u, 'inline') : disposition,
  );
  void reply.header('X-Content-SHA256', file.sha256);
  if (file.contentSecurityPolicy) {
    void reply.header('Content-Security-Policy', file.contentSecurityPolicy);
  }
  return new StreamableFile(file.content);
}
