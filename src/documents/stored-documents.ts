import { createHash } from 'node:crypto';

/** Which document of its owner: the decision's text, or its attached list alone. */
export type DocumentPart = 'decision' | 'list';
export type DocumentFormat = 'html' | 'docx' | 'pdf';

/** Whose document: an issued decision (`{ kind: 'decision', id }`). */
export interface DocumentOwner {
  kind: string;
  id: string;
}

/** A stored document without its bytes, as lists show it. */
export interface StoredDocumentInfo {
  id: string;
  owner: DocumentOwner;
  part: DocumentPart;
  format: DocumentFormat;
  byteSize: number;
  sha256: string;
  templateId: string;
  templateSha256: string;
  createdAt: Date;
}

export interface StoredDocument extends StoredDocumentInfo {
  content: Buffer;
}

export interface NewStoredDocument {
  owner: DocumentOwner;
  part: DocumentPart;
  format: DocumentFormat;
  content: Uint8Array;
  /** What the renderer says it used: the template's id and the sha256 of the template's own bytes. */
  templateId: string;
  templateSha256: string;
}

/**
 * What the functions need of a TypeORM EntityManager or DataSource. Not the `sql` tag's Queryable:
 * the content is a Buffer parameter (bytea), which the tag's parameter type does not admit.
 */
export interface DocumentsDb {
  // TypeORM declares `any[]` parameters and a `Promise<any>` answer.
  query(text: string, parameters?: unknown[]): Promise<unknown>;
}

const COLUMNS = `id, owner_kind, owner_id, part, format, byte_size, sha256, template_id, template_sha256, created_at`;

interface Row {
  id: string;
  owner_kind: string;
  owner_id: string;
  part: DocumentPart;
  format: DocumentFormat;
  byte_size: number;
  sha256: string;
  template_id: string;
  template_sha256: string;
  created_at: Date;
  content?: Buffer;
}

const SHA256 = /^[0-9a-f]{64}$/;

const info = (row: Row): StoredDocumentInfo => ({
  id: row.id,
  owner: { kind: row.owner_kind, id: row.owner_id },
  part: row.part,
  format: row.format,
  byteSize: row.byte_size,
  sha256: row.sha256,
  templateId: row.template_id,
  templateSha256: row.template_sha256,
  createdAt: row.created_at,
});

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** TypeORM answers an UPDATE … RETURNING with [rows, count], other statements with the rows. */
const rowsOf = (result: unknown): Row[] =>
  (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result) as Row[];

/**
 * Saves a rendered document once: the first save of an owner's part and format wins, and a later
 * one (a retried job rendering again, whose DOCX differs in its zip dates) returns the stored one
 * with `created: false`. `replace: true` overwrites instead (a deliberate re-rendering).
 * The sha256 is computed here, from the bytes stored.
 */
export async function saveStoredDocument(
  db: DocumentsDb,
  document: NewStoredDocument,
  options: { replace?: boolean } = {},
): Promise<{ document: StoredDocumentInfo; created: boolean }> {
  if (!SHA256.test(document.templateSha256)) {
    throw new Error(`templateSha256 must be 64 lowercase hex digits (got "${document.templateSha256}")`);
  }
  const content = Buffer.from(document.content.buffer, document.content.byteOffset, document.content.byteLength);
  const values = [
    document.owner.kind,
    document.owner.id,
    document.part,
    document.format,
    content,
    content.length,
    sha256Hex(content),
    document.templateId,
    document.templateSha256,
  ];
  const conflict = options.replace
    ? `DO UPDATE SET content = EXCLUDED.content, byte_size = EXCLUDED.byte_size, sha256 = EXCLUDED.sha256,
         template_id = EXCLUDED.template_id, template_sha256 = EXCLUDED.template_sha256, created_at = now()`
    : `DO NOTHING`;
  const inserted = rowsOf(
    await db.query(
      `INSERT INTO stored_documents (owner_kind, owner_id, part, format, content, byte_size, sha256, template_id, template_sha256)
       VALUES ($1, $2::uuid, $3, $4, $5::bytea, $6, $7, $8, $9)
       ON CONFLICT (owner_kind, owner_id, part, format) ${conflict}
       RETURNING ${COLUMNS}`,
      values,
    ),
  );
  if (inserted.length === 1) {
    return { document: info(inserted[0]), created: true };
  }
  // DO NOTHING: the one saved before (by an earlier try, or another worker at the same moment).
  const stored = await storedDocumentInfo(db, document.owner, document.part, document.format);
  if (!stored) {
    throw new Error(
      `The stored ${document.part} ${document.format} of ${document.owner.kind} ${document.owner.id} vanished while being saved`,
    );
  }
  return { document: stored, created: false };
}

/** The stored document with its bytes, or undefined. */
export async function readStoredDocument(
  db: DocumentsDb,
  owner: DocumentOwner,
  part: DocumentPart,
  format: DocumentFormat,
): Promise<StoredDocument | undefined> {
  const [found] = rowsOf(
    await db.query(
      `SELECT ${COLUMNS}, content FROM stored_documents WHERE owner_kind = $1 AND owner_id = $2::uuid AND part = $3 AND format = $4`,
      [owner.kind, owner.id, part, format],
    ),
  );
  return found ? { ...info(found), content: found.content! } : undefined;
}

/** The stored document without its bytes (does it exist, which template, its sha256), or undefined. */
export async function storedDocumentInfo(
  db: DocumentsDb,
  owner: DocumentOwner,
  part: DocumentPart,
  format: DocumentFormat,
): Promise<StoredDocumentInfo | undefined> {
  const [found] = rowsOf(
    await db.query(`SELECT ${COLUMNS} FROM stored_documents WHERE owner_kind = $1 AND owner_id = $2::uuid AND part = $3 AND format = $4`, [
      owner.kind,
      owner.id,
      part,
      format,
    ]),
  );
  return found ? info(found) : undefined;
}

/** Every stored document of an owner, without the bytes: the decision first, then the list; HTML, DOCX, PDF. */
export async function listStoredDocuments(db: DocumentsDb, owner: DocumentOwner): Promise<StoredDocumentInfo[]> {
  const found = rowsOf(
    await db.query(
      `SELECT ${COLUMNS} FROM stored_documents WHERE owner_kind = $1 AND owner_id = $2::uuid
       ORDER BY array_position(ARRAY['decision', 'list']::text[], part::text), array_position(ARRAY['html', 'docx', 'pdf']::text[], format::text)`,
      [owner.kind, owner.id],
    ),
  );
  return found.map(info);
}
