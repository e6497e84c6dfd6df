import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import type { UploadedFile } from '../common/tabular-import/parse-table.js';
import { isPdf, storedFileName } from '../common/uploads/file-content.js';
import { row, sql } from '../database/sql.js';
import { type AuthUser } from '../kernel/index.js';
import { DecisionNotFound } from './decisions.errors.js';
import { mayActForIssuer } from './issuer-access.js';
import { DecisionStillDraft, NotAssignedToIssuer, SignedCopyEmpty, SignedCopyNotFound, SignedCopyNotPdf } from './revocations.errors.js';

/** A stored signed copy, without its bytes. */
export interface SignedCopyView {
  id: string;
  decisionId: string;
  sha256: string;
  size: number;
  fileName: string | null;
  uploadedAt: Date;
}

export interface SignedCopyFile extends SignedCopyView {
  content: Buffer;
}

/**
 * The signed PDF of an issued decision (from the digital-signature tool or a scan). The latest
 * uploaded is the official copy; earlier ones stay, as every upload is audited.
 */
@Injectable()
export class SignedCopiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async store(decisionId: string, file: UploadedFile, actor: AuthUser): Promise<SignedCopyView> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await decisionOf(manager, decisionId);
      if (!(await mayActForIssuer(manager, actor, decision.issuer_id))) {
        throw new NotAssignedToIssuer(decision.issuer_name);
      }
      if (decision.state !== 'issued') {
        throw new DecisionStillDraft(decisionId);
      }
      if (file.buffer.length === 0) {
        throw new SignedCopyEmpty(file.filename);
      }
      if (!isPdf(file.buffer)) {
        throw new SignedCopyNotPdf(file.filename);
      }
      const sha256 = createHash('sha256').update(file.buffer).digest('hex');
      // The bytes go as a bytea parameter (node-postgres sends a Buffer as binary), not through the `sql` tag's text values.
      const [view] = (await manager.query(
        `INSERT INTO decision_signed_copies (decision_id, content, sha256, size, file_name, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, decision_id AS "decisionId", sha256, size, file_name AS "fileName", uploaded_at AS "uploadedAt"`,
        [decisionId, file.buffer, sha256, file.buffer.length, storedFileName(file.filename), actor.id],
      )) as SignedCopyView[];
      await this.audit.record(manager, actor, { entity: 'decision-signed-copies', entityId: view.id, action: 'create', after: view });
      return view;
    });
  }

  /** What the decision page shows of the official copy (no bytes), or null when none was uploaded. */
  async latestView(decisionId: string): Promise<SignedCopyView | null> {
    const copy = await row<SignedCopyView>(
      this.dataSource.manager,
      sql`SELECT id, decision_id AS "decisionId", sha256, size, file_name AS "fileName", uploaded_at AS "uploadedAt"
            FROM decision_signed_copies WHERE decision_id = ${decisionId} ORDER BY uploaded_at DESC, id DESC LIMIT 1`,
    );
    return copy ?? null;
  }

  /** The official copy: the latest uploaded. */
  async latest(decisionId: string): Promise<SignedCopyFile> {
    const manager = this.dataSource.manager;
    await decisionOf(manager, decisionId);
    const copy = await row<SignedCopyFile>(
      manager,
      sql`SELECT id, decision_id AS "decisionId", sha256, size, file_name AS "fileName", uploaded_at AS "uploadedAt", content
            FROM decision_signed_copies WHERE decision_id = ${decisionId} ORDER BY uploaded_at DESC, id DESC LIMIT 1`,
    );
    if (!copy) {
      throw new SignedCopyNotFound(decisionId);
    }
    return copy;
  }
}

async function decisionOf(manager: EntityManager, id: string): Promise<{ state: string; issuer_id: string; issuer_name: string }> {
  const found = await row<{ state: string; issuer_id: string; issuer_name: string }>(
    manager,
    sql`SELECT d.state, d.issuer_id, i.name AS issuer_name FROM decisions d JOIN issuers i ON i.id = d.issuer_id WHERE d.id = ${id}`,
  );
  if (!found) {
    throw new DecisionNotFound(id);
  }
  return found;
}
