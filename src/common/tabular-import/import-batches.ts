import type { EntityManager } from 'typeorm';
import { execute, one, sql } from '../../database/sql.js';

/** A record an import updated, as it was before (what an undo puts back). */
export interface RestoreEntry {
  /** As the audit log names it: staff, appraisals, initiatives, disciplines, freezes. */
  entity: string;
  id: string;
  before: object;
}

/**
 * Opens the batch of an import, in the import's transaction: every row it inserts carries the id
 * (`import_batch_id`), and what it updated is kept with the batch, so the import can be undone.
 */
export async function openImportBatch(manager: EntityManager, kind: string, createdBy: string): Promise<string> {
  const { id } = await one<{ id: string }>(
    manager,
    sql`INSERT INTO import_batches (kind, created_by) VALUES (${kind}, ${createdBy}) RETURNING id`,
  );
  return id;
}

/** Keeps what the import updated, as it was before. */
export async function keepRestore(manager: EntityManager, batchId: string, entries: readonly RestoreEntry[]): Promise<void> {
  if (entries.length > 0) {
    await execute(manager, sql`UPDATE import_batches SET restore = ${JSON.stringify(entries)}::jsonb WHERE id = ${batchId}`);
  }
}
