import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { EntityManager } from 'typeorm';
import { StreamableFile } from '@nestjs/common';
import { AuditService } from '../audit/index.js';
import { attachmentDisposition } from '../common/export/content-disposition.js';
import type { UploadedFile } from '../common/tabular-import/parse-table.js';
import { storedFileName } from '../common/uploads/file-content.js';
import { documentMediaType, downloadName } from '../common/uploads/media-type.js';
import { type AuthUser } from '../kernel/index.js';
import {
  AttachmentEmpty,
  AttachmentNotFound,
  AttachmentsTooLarge,
  AttachmentsTooMany,
  AttachmentTypeRefused,
} from './attachments.errors.js';
import {
  type AttachmentFile,
  type AttachmentOwner,
  type AttachmentView,
  attachmentView,
  eraseAttachment,
  insertAttachment,
  lockOwnerAttachment,
  ownerAttachment,
  ownerAttachments,
  ownerTotals,
} from './attachments.sql.js';

const MB = 1024 * 1024;

/**
 * What one owner (a campaign, a nomination) may hold. Each file is within the upload limit (20 MB,
 * `MAX_UPLOAD_BYTES`); the bytes live in the database, copied into every backup, so the owner's
 * total is bounded too. A campaign's plan, decision and forms, or a nomination's report, minutes and
 * scans of certificates are a handful of files; 30 leaves room for the whole dossier.
 */
export const ATTACHMENT_LIMITS = { filesPerOwner: 30, bytesPerOwner: 100 * MB } as const;

/** The audit's record of a file: the view and its owner (never the bytes). */
const audited = (owner: AttachmentOwner, view: AttachmentView) => ({ ...view, [`${owner.kind}Id`]: owner.id });

/**
 * Attachments, one mechanism for every owner: the content decides the type (PDF, DOCX, PNG, JPEG),
 * the name is cleaned and kept as a label, the bytes are stored in the database with their SHA-256,
 * and every upload and deletion is audited. The owner's feature runs the transaction: it checks who
 * may act and locks the owner's row first (so the limits are counted once at a time), then calls here.
 */
@Injectable()
export class AttachmentsService {
  constructor(private readonly audit: AuditService) {}

  /** Stores the uploaded file for the owner, already locked by the caller; 400 empty, 415 not a document, 409/413 past the limits. */
  async store(manager: EntityManager, owner: AttachmentOwner, file: UploadedFile, actor: AuthUser): Promise<AttachmentView> {
    if (file.buffer.length === 0) {
      throw new AttachmentEmpty(file.filename);
    }
    const mediaType = documentMediaType(file.buffer);
    if (mediaType === null) {
      throw new AttachmentTypeRefused(file.filename);
    }
    const totals = await ownerTotals(manager, owner);
    if (totals.count >= ATTACHMENT_LIMITS.filesPerOwner) {
      throw new AttachmentsTooMany(ATTACHMENT_LIMITS.filesPerOwner);
    }
    if (totals.bytes + file.buffer.length > ATTACHMENT_LIMITS.bytesPerOwner) {
      throw new AttachmentsTooLarge(ATTACHMENT_LIMITS.bytesPerOwner / MB);
    }
    const id = await insertAttachment(manager, owner, {
      fileName: storedFileName(file.filename),
      mediaType,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      content: file.buffer,
      uploadedBy: actor.id,
    });
    const view = await attachmentView(manager, id);
    await this.audit.record(manager, actor, { entity: 'attachments', entityId: id, action: 'create', after: audited(owner, view) });
    return view;
  }

  /** The owner's files, oldest first, without their bytes. */
  list(manager: EntityManager, owner: AttachmentOwner): Promise<AttachmentView[]> {
    return ownerAttachments(manager, owner);
  }

  /** One file of the owner with its bytes, or 404 (another owner's id, a deleted file). */
  async file(manager: EntityManager, owner: AttachmentOwner, id: string): Promise<AttachmentFile> {
    const found = await ownerAttachment(manager, owner, id);
    if (found === undefined) {
      throw new AttachmentNotFound(id);
    }
    return found;
  }

  /** Deletes one file of the owner: the record and its audit entry stay, the bytes go. */
  async remove(manager: EntityManager, owner: AttachmentOwner, id: string, actor: AuthUser): Promise<void> {
    const before = await lockOwnerAttachment(manager, owner, id);
    if (before === undefined) {
      throw new AttachmentNotFound(id);
    }
    await eraseAttachment(manager, id, actor.id);
    await this.audit.record(manager, actor, { entity: 'attachments', entityId: id, action: 'delete', before: audited(owner, before) });
  }
}

/**
 * Answers a download: the type judged at upload, always as an attachment (never shown inline on this
 * site), under a name whose extension fits it, with the SHA-256 in `X-Content-SHA256` (hex) and
 * `Repr-Digest` (RFC 9530).
 */
export function sendAttachment(reply: FastifyReply, file: AttachmentFile, fallbackName: string): StreamableFile {
  void reply.header('Content-Type', file.mediaType);
  void reply.header('Content-Disposition', attachmentDisposition(downloadName(file.fileName, file.mediaType, fallbackName)));
  void reply.header('X-Content-SHA256', file.sha256);
  void reply.header('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
  return new StreamableFile(file.content);
}
