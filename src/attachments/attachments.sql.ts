import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql, type Sql } from '../database/sql.js';
import type { DocumentMediaType } from '../common/uploads/media-type.js';

/** Who owns an attachment: one row of a table that has files. */
export interface AttachmentOwner {
  kind: 'campaign' | 'nomination';
  id: string;
}

/** An attachment without its bytes. Dates are ISO strings. */
export interface AttachmentView {
  id: string;
  fileName: string | null;
  mediaType: DocumentMediaType;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string | null;
  /** The uploader's full name, for the lists. */
  uploadedByName: string | null;
}

export interface AttachmentFile extends AttachmentView {
  content: Buffer;
}

/** The owner's column: written in the code, never from a request. */
const OWNER_COLUMN: Record<AttachmentOwner['kind'], Sql> = {
  campaign: sql.raw('a.campaign_id'),
  nomination: sql.raw('a.nomination_id'),
};
const OWNER_INSERT_COLUMN: Record<AttachmentOwner['kind'], string> = { campaign: 'campaign_id', nomination: 'nomination_id' };

const COLUMNS = sql`a.id, a.file_name AS "fileName", a.media_type AS "mediaType", a.size, a.sha256, a.uploaded_at AS "uploadedAt",
  a.uploaded_by AS "uploadedBy", u.full_name AS "uploadedByName"`;
const FROM = sql`attachments a LEFT JOIN users u ON u.id = a.uploaded_by`;

const iso = (value: unknown): string => new Date(value as string).toISOString();
const toView = <T extends AttachmentView>(found: T): T => ({ ...found, uploadedAt: iso(found.uploadedAt) });

/** The owner's files in upload order (one index range scan: attachments_<owner>_idx). */
export async function ownerAttachments(manager: EntityManager, owner: AttachmentOwner): Promise<AttachmentView[]> {
  const found = await rows<AttachmentView>(
    manager,
    sql`SELECT ${COLUMNS} FROM ${FROM}
         WHERE ${OWNER_COLUMN[owner.kind]} = ${owner.id}::uuid AND a.deleted_at IS NULL
         ORDER BY a.uploaded_at, a.id`,
  );
  return found.map(toView);
}

/** How many files the owner holds and their bytes together (what the limits count). */
export async function ownerTotals(manager: EntityManager, owner: AttachmentOwner): Promise<{ count: number; bytes: number }> {
  return one<{ count: number; bytes: number }>(
    manager,
    sql`SELECT count(*)::int AS count, COALESCE(sum(a.size), 0)::bigint::float8 AS bytes FROM attachments a
         WHERE ${OWNER_COLUMN[owner.kind]} = ${owner.id}::uuid AND a.deleted_at IS NULL`,
  );
}

/** One file of the owner with its bytes; undefined when it is not the owner's or was deleted. */
export async function ownerAttachment(manager: EntityManager, owner: AttachmentOwner, id: string): Promise<AttachmentFile | undefined> {
  const found = await row<AttachmentFile>(
    manager,
    sql`SELECT ${COLUMNS}, a.content FROM ${FROM}
         WHERE a.id = ${id}::uuid AND ${OWNER_COLUMN[owner.kind]} = ${owner.id}::uuid AND a.deleted_at IS NULL`,
  );
  return found && toView(found);
}

/** The file's record under a row lock, before it is deleted (no bytes read). */
export async function lockOwnerAttachment(manager: EntityManager, owner: AttachmentOwner, id: string): Promise<AttachmentView | undefined> {
  const found = await row<AttachmentView>(
    manager,
    sql`SELECT ${COLUMNS} FROM ${FROM}
         WHERE a.id = ${id}::uuid AND ${OWNER_COLUMN[owner.kind]} = ${owner.id}::uuid AND a.deleted_at IS NULL
           FOR UPDATE OF a`,
  );
  return found && toView(found);
}

export interface NewAttachment {
  fileName: string | null;
  mediaType: DocumentMediaType;
  sha256: string;
  content: Buffer;
  uploadedBy: string;
}

/** Inserts the file. The bytes go as a bytea parameter (node-postgres sends a Buffer as binary), not through the `sql` tag. */
export async function insertAttachment(manager: EntityManager, owner: AttachmentOwner, file: NewAttachment): Promise<string> {
  const [inserted] = (await manager.query(
    `INSERT INTO attachments (${OWNER_INSERT_COLUMN[owner.kind]}, file_name, media_type, size, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [owner.id, file.fileName, file.mediaType, file.content.length, file.sha256, file.content, file.uploadedBy],
  )) as Array<{ id: string }>;
  return inserted.id;
}

/** The record stays (name, size, sha256, who uploaded and deleted); the bytes go. */
export async function eraseAttachment(manager: EntityManager, id: string, deletedBy: string): Promise<void> {
  await execute(
    manager,
    sql`UPDATE attachments SET content = NULL, deleted_at = now(), deleted_by = ${deletedBy}::uuid WHERE id = ${id}::uuid`,
  );
}

/** One attachment by id, whatever its owner: for reading it back after the insert. */
export async function attachmentView(manager: EntityManager, id: string): Promise<AttachmentView> {
  return toView(await one<AttachmentView>(manager, sql`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ${id}::uuid`));
}
