import type { EntityManager } from 'typeorm';
import { execute, row, rows, type Sql, sql } from '../database/sql.js';

/**
 * The SQL of undoing an import: what a batch wrote (rows carrying its `import_batch_id`, and the
 * records it updated, kept in `import_batches.restore`), what has been built on it since, and the
 * undo itself, one statement per table whatever the size of the batch.
 */

/** The tables an import writes, under the names the audit log gives their records. */
export const IMPORT_TABLES = {
  staff: 'staff',
  awards: 'award_records',
  appraisals: 'appraisals',
  initiatives: 'initiatives',
  disciplines: 'disciplines',
  freezes: 'freezes',
} as const;
export type ImportEntity = keyof typeof IMPORT_TABLES;
const HISTORY_ENTITIES = ['awards', 'appraisals', 'initiatives', 'disciplines', 'freezes'] as const;
const table = (entity: ImportEntity): Sql => sql.identifier(IMPORT_TABLES[entity]);
/** The staff/unit columns of a table, NULL where it has none. */
const subjects = (entity: ImportEntity): Sql =>
  entity === 'staff'
    ? sql`t.id AS "staffId", NULL::uuid AS "unitId"`
    : entity === 'initiatives' || entity === 'disciplines'
      ? sql`t.staff_id AS "staffId", NULL::uuid AS "unitId"`
      : sql`t.staff_id AS "staffId", t.unit_id AS "unitId"`;

export interface BatchRow {
  id: string;
  kind: string;
  createdAt: Date;
  undoneAt: Date | null;
  restore: Array<{ entity: ImportEntity; id: string; before: Record<string, unknown> }>;
}

export async function lockBatch(manager: EntityManager, id: string): Promise<BatchRow | undefined> {
  return row<BatchRow>(
    manager,
    sql`SELECT id, kind, created_at AS "createdAt", undone_at AS "undoneAt", restore FROM import_batches WHERE id = ${id} FOR UPDATE`,
  );
}

export interface Touched {
  entity: ImportEntity;
  id: string;
  staffId: string | null;
  unitId: string | null;
}

/** The rows the batch inserted that are still there (and count), locked. */
export async function insertedBy(manager: EntityManager, batchId: string): Promise<Touched[]> {
  const found: Touched[] = [];
  for (const entity of ['staff', ...HISTORY_ENTITIES] as const) {
    const live = entity === 'staff' ? sql.empty : sql` AND t.deleted_at IS NULL`;
    found.push(
      ...(await rows<Touched>(
        manager,
        sql`SELECT ${entity}::text AS entity, t.id, ${subjects(entity)} FROM ${table(entity)} t WHERE t.import_batch_id = ${batchId}${live} FOR UPDATE OF t`,
      )),
    );
  }
  return found;
}

/** The subjects of the records the batch updated (for the scope check), locked. */
export async function updatedBy(manager: EntityManager, batch: BatchRow): Promise<Touched[]> {
  const found: Touched[] = [];
  for (const entity of ['staff', ...HISTORY_ENTITIES] as const) {
    const ids = batch.restore.filter((entry) => entry.entity === entity).map((entry) => entry.id);
    if (ids.length > 0) {
      found.push(
        ...(await rows<Touched>(
          manager,
          sql`SELECT ${entity}::text AS entity, t.id, ${subjects(entity)} FROM ${table(entity)} t WHERE t.id = ANY(${ids}::uuid[]) FOR UPDATE OF t`,
        )),
      );
    }
  }
  return found;
}

/** A record that depends on the batch, named: the person's (or unit's) code and name, and what it is. */
export interface DependentRow {
  entity: string;
  code: string;
  name: string;
  /** The year of a rating, award or initiative; the start of a discipline or freeze; null for a staff record. */
  detail: string | null;
  action: string | null;
}

/**
 * Changes made by hand since the import to any record it wrote (an audit entry after the batch's
 * own), in one query over the audit log's (entity, entity_id) index.
 */
export async function changedSince(manager: EntityManager, batch: BatchRow, touched: readonly Touched[]): Promise<DependentRow[]> {
  if (touched.length === 0) {
    return [];
  }
  return rows<DependentRow>(
    manager,
    sql`SELECT DISTINCT l.entity, coalesce(s.code, u.code, '') AS code, coalesce(s.full_name, u.name, '') AS name, NULL::text AS detail, l.action
          FROM unnest(${touched.map((t) => t.entity)}::text[], ${touched.map((t) => t.id)}::text[],
                      ${touched.map((t) => t.staffId)}::uuid[], ${touched.map((t) => t.unitId)}::uuid[]) AS w(entity, id, staff_id, unit_id)
          JOIN import_batches b ON b.id = ${batch.id}
          -- The batch's own entries carry its transaction's now(), as its created_at does: later ones are someone else's.
          JOIN audit_log l ON l.entity = w.entity AND l.entity_id = w.id AND l.at > b.created_at
          LEFT JOIN staff s ON s.id = w.staff_id
          LEFT JOIN units u ON u.id = w.unit_id
         ORDER BY 2, 1`,
  );
}

/**
 * History recorded since for people the batch created, other than by the batch itself: they would
 * lose it. Removed records count too: they stay in the history (and refer to the person).
 */
export async function historyOf(manager: EntityManager, batchId: string, staffIds: readonly string[]): Promise<DependentRow[]> {
  if (staffIds.length === 0) {
    return [];
  }
  const ids = sql`${[...staffIds]}::uuid[]`;
  const others = (entity: ImportEntity, detail: Sql): Sql =>
    sql`SELECT ${entity}::text AS entity, s.code, s.full_name AS name, ${detail} AS detail, NULL::text AS action
          FROM ${table(entity)} t JOIN staff s ON s.id = t.staff_id
         WHERE t.staff_id = ANY(${ids}) AND t.import_batch_id IS DISTINCT FROM ${batchId}::uuid`;
  return rows<DependentRow>(
    manager,
    sql`${others('awards', sql`t.year::text`)} UNION ALL ${others('appraisals', sql`t.year::text`)}
        UNION ALL ${others('initiatives', sql`t.year::text`)} UNION ALL ${others('disciplines', sql`t.starts_on::text`)}
        UNION ALL ${others('freezes', sql`t.starts_on::text`)}
        ORDER BY 2, 1, 4`,
  );
}

/** The rows as they are now, as JSON (the audit's before or after), one query per table. */
export async function snapshots(manager: EntityManager, touched: readonly Touched[]): Promise<Map<string, object>> {
  const found = new Map<string, object>();
  for (const entity of Object.keys(IMPORT_TABLES) as ImportEntity[]) {
    const ids = touched.filter((t) => t.entity === entity).map((t) => t.id);
    if (ids.length > 0) {
      const list = await rows<{ id: string; data: object }>(
        manager,
        sql`SELECT t.id, to_jsonb(t) - 'search_text' - 'sort_key' AS data FROM ${table(entity)} t WHERE t.id = ANY(${ids}::uuid[])`,
      );
      list.forEach((r) => found.set(`${entity} ${r.id}`, r.data));
    }
  }
  return found;
}

/** Removes (soft delete) the history rows the batch inserted. */
export async function removeInserted(manager: EntityManager, batchId: string, reason: string, actorId: string): Promise<void> {
  for (const entity of HISTORY_ENTITIES) {
    await execute(
      manager,
      sql`UPDATE ${table(entity)} SET deleted_at = now(), deleted_reason = ${reason}, deleted_by = ${actorId}
           WHERE import_batch_id = ${batchId} AND deleted_at IS NULL`,
    );
  }
}

/** Deletes the staff the batch created (nothing refers to them any more: checked before). */
export async function deleteCreatedStaff(manager: EntityManager, batchId: string): Promise<void> {
  await execute(manager, sql`DELETE FROM staff WHERE import_batch_id = ${batchId}`);
}

/** Puts back, set-based, the history records the batch updated (the only columns an import changes). */
export async function restoreHistory(manager: EntityManager, batchId: string, actorId: string): Promise<void> {
  const entries = (entity: ImportEntity): Sql =>
    sql`(SELECT (e->>'id')::uuid AS id, e->'before' AS b FROM import_batches x, jsonb_array_elements(x.restore) e
          WHERE x.id = ${batchId} AND e->>'entity' = ${entity}) r`;
  await execute(
    manager,
    sql`UPDATE appraisals t SET rating = r.b->>'rating', updated_at = now(), updated_by = ${actorId} FROM ${entries('appraisals')} WHERE t.id = r.id`,
  );
  await execute(
    manager,
    sql`UPDATE initiatives t SET level = r.b->>'level', kind = r.b->>'kind' FROM ${entries('initiatives')} WHERE t.id = r.id`,
  );
  await execute(manager, sql`UPDATE disciplines t SET ends_on = (r.b->>'to')::date FROM ${entries('disciplines')} WHERE t.id = r.id`);
  await execute(
    manager,
    sql`UPDATE freezes t SET ends_on = (r.b->>'to')::date, updated_at = now() FROM ${entries('freezes')} WHERE t.id = r.id`,
  );
}

export interface StaffBefore {
  id: string;
  fullName: string;
  gender: string;
  dateOfBirth: string | null;
  unitId: string;
  position: string | null;
  startedOn: string | null;
  sortKey: string;
  searchText: string;
}

/** Puts back the staff the batch updated, as they were (derived columns computed by the caller). */
export async function restoreStaff(manager: EntityManager, staff: readonly StaffBefore[]): Promise<void> {
  if (staff.length === 0) {
    return;
  }
  await execute(
    manager,
    sql`UPDATE staff s
           SET full_name = v.full_name, gender = v.gender, date_of_birth = v.date_of_birth, unit_id = v.unit_id, position = v.position,
               started_on = v.started_on, sort_key = v.sort_key, search_text = v.search_text, updated_at = now()
          FROM unnest(${staff.map((s) => s.id)}::uuid[], ${staff.map((s) => s.fullName)}::text[], ${staff.map((s) => s.gender)}::text[],
                      ${staff.map((s) => s.dateOfBirth)}::date[], ${staff.map((s) => s.unitId)}::uuid[], ${staff.map((s) => s.position)}::text[],
                      ${staff.map((s) => s.startedOn)}::date[], ${staff.map((s) => s.sortKey)}::text[], ${staff.map((s) => s.searchText)}::text[])
            AS v(id, full_name, gender, date_of_birth, unit_id, position, started_on, sort_key, search_text)
         WHERE s.id = v.id`,
  );
}

export async function markUndone(manager: EntityManager, batchId: string, actorId: string): Promise<void> {
  await execute(manager, sql`UPDATE import_batches SET undone_at = now(), undone_by = ${actorId} WHERE id = ${batchId}`);
}
