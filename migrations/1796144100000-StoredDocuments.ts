import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents rendered once and kept (src/documents/stored-documents.ts): an issued decision's text
 * and its attached list, as HTML, DOCX and PDF/A. Each keeps its bytes with their sha256, and the
 * template it came from with the template's own sha256, so an installation's override of a
 * template is traceable to the documents made from it. One per owner, part and format.
 */
export class StoredDocuments1796144100000 implements MigrationInterface {
  name = 'StoredDocuments1796144100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_kind varchar(40) NOT NULL,
        owner_id uuid NOT NULL,
        part varchar(10) NOT NULL CHECK (part IN ('decision', 'list')),
        format varchar(5) NOT NULL CHECK (format IN ('html', 'docx', 'pdf')),
        content bytea NOT NULL,
        byte_size integer NOT NULL CHECK (byte_size >= 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        template_id varchar(200) NOT NULL,
        template_sha256 char(64) NOT NULL CHECK (template_sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stored_documents_owner_key UNIQUE (owner_kind, owner_id, part, format)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stored_documents`);
  }
}
