import type { EntityManager } from 'typeorm';
import { execute, one, rows, type Sql, sql } from '../../database/sql.js';

/**
 * The set-based steps of a merge of two staff records: one statement per history table for its
 * clashes, one for the exact duplicates it drops, one per referencing column to move the rest.
 */

/**
 * The history tables with a natural key per person: two records of one person may both hold an
 * entry for the same key. Equal in `same` → an exact duplicate (the merged one is dropped); else a
 * clash the user must resolve first. `label` words the key for the 409.
 */
interface KeyedTable {
  table: string;
  key: Sql;
  same: Sql;
  label: Sql;
}

const KEYED: KeyedTable[] = [
  { table: 'appraisals', key: sql`m.year = k.year`, same: sql`m.rating = k.rating`, label: sql`'appraisal ' || m.year` },
  {
    table: 'award_records',
    key: sql`m.award_type_code = k.award_type_code AND m.year = k.year`,
    same: sql`m.decision_number IS NOT DISTINCT FROM k.decision_number AND m.decision_date IS NOT DISTINCT FROM k.decision_date
              AND (m.revoked_at IS NULL) = (k.revoked_at IS NULL)`,
    label: sql`m.award_type_code || ' ' || m.year`,
  },
  {
    table: 'initiatives',
    key: sql`m.year = k.year AND m.title = k.title`,
    same: sql`m.level = k.level AND m.kind = k.kind`,
    label: sql`'initiative ' || m.year || ' ' || m.title`,
  },
  {
    table: 'disciplines',
    key: sql`m.level = k.level AND m.starts_on = k.starts_on`,
    same: sql`m.ends_on IS NOT DISTINCT FROM k.ends_on`,
    label: sql`'discipline ' || m.level || ' ' || m.starts_on`,
  },
  {
    table: 'freezes',
    key: sql`m.reason = k.reason AND m.starts_on = k.starts_on`,
    same: sql`m.ends_on IS NOT DISTINCT FROM k.ends_on`,
    label: sql`'freeze ' || m.starts_on`,
  },
];

export interface Clash {
  table: string;
  /** The merged record's row. */
  id: string;
  label: string;
  same: boolean;
  /** The year the entry is about, when it has one (appraisals, awards, initiatives). */
  year: number | null;
}

/** Every entry both records hold under the same key, in one statement; removed entries (corrections) clash with nothing. */
export async function clashesOf(manager: EntityManager, keepId: string, mergeId: string): Promise<Clash[]> {
  const branches = KEYED.map(
    ({ table, key, same, label }) =>
      sql`SELECT ${table}::text AS "table", m.id, ${label} AS label, (${same}) AS same,
                 ${table === 'freezes' || table === 'disciplines' ? sql`NULL::int` : sql`m.year`} AS year
            FROM ${sql.identifier(table)} m JOIN ${sql.identifier(table)} k ON ${key}
           WHERE m.staff_id = ${mergeId} AND k.staff_id = ${keepId}
             AND m.deleted_at IS NULL AND k.deleted_at IS NULL`,
  );
  return rows<Clash>(manager, sql`${sql.join(branches, sql` UNION ALL `)} ORDER BY 1, 3`);
}

/** Drops the merged record's exact duplicates, one statement per table, answering what was dropped. */
export async function dropDuplicates(manager: EntityManager, clashes: readonly Clash[]): Promise<Record<string, unknown[]>> {
  const dropped: Record<string, unknown[]> = {};
  for (const table of [...new Set(clashes.map((c) => c.table))]) {
    const ids = clashes.filter((c) => c.table === table && c.same).map((c) => c.id);
    dropped[table] = await rows<object>(manager, sql`DELETE FROM ${sql.identifier(table)} WHERE id = ANY(${ids}::uuid[]) RETURNING *`);
  }
  return dropped;
}

/** Every column of another table that references a staff member (history, and whatever is added later). */
export async function staffReferences(manager: EntityManager): Promise<Array<{ table: string; column: string }>> {
  return rows(
    manager,
    sql`SELECT cl.relname AS "table", a.attname AS "column"
          FROM pg_constraint c
          JOIN pg_class cl ON cl.oid = c.conrelid
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
         WHERE c.contype = 'f' AND c.confrelid = 'staff'::regclass AND c.conrelid <> 'staff'::regclass
         ORDER BY 1, 2`,
  );
}

/** Moves every reference from the merged record to the survivor: one UPDATE per column, answering how many rows moved. */
export async function moveReferences(
  manager: EntityManager,
  references: ReadonlyArray<{ table: string; column: string }>,
  keepId: string,
  mergeId: string,
): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const { table, column } of references) {
    const { n } = await one<{ n: number }>(
      manager,
      sql`WITH moved AS (UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${keepId}::uuid
                          WHERE ${sql.identifier(column)} = ${mergeId}::uuid RETURNING 1)
          SELECT count(*)::int AS n FROM moved`,
    );
    if (n > 0) {
      moved[table] = (moved[table] ?? 0) + n;
    }
  }
  return moved;
}

/** Marks the merged record: merged into the survivor, left (it no longer counts anywhere), kept. */
export async function markMerged(manager: EntityManager, keepId: string, mergeId: string, today: string): Promise<void> {
  await execute(
    manager,
    sql`UPDATE staff SET merged_into = ${keepId}::uuid, merged_at = now(), status = 'left', left_on = coalesce(left_on, ${today}::date),
                         updated_at = now()
         WHERE id = ${mergeId}::uuid`,
  );
}

/** The two records, locked in id order (two merges of the same pair cannot deadlock), with where each was merged. */
export async function lockPair(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Array<{ id: string; code: string; mergedInto: string | null }>> {
  return rows(
    manager,
    sql`SELECT id, code, merged_into AS "mergedInto" FROM staff WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`,
  );
}

/** A staff member by code, whatever its case (staff_code_lower_key); undefined when none. */
export async function staffIdByCode(manager: EntityManager, code: string): Promise<string | undefined> {
  const found = await rows<{ id: string }>(manager, sql`SELECT id FROM staff WHERE lower(code) = lower(${code})`);
  return found[0]?.id;
}

/** How many history entries each record holds, in one statement (the confirmation shows both). */
export async function historyCounts(manager: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  const counted = await rows<{ id: string; n: number }>(
    manager,
    sql`SELECT staff_id AS id, count(*)::int AS n FROM (
          SELECT staff_id FROM appraisals WHERE staff_id = ANY(${[...ids]}::uuid[])
          UNION ALL SELECT staff_id FROM award_records WHERE staff_id = ANY(${[...ids]}::uuid[])
          UNION ALL SELECT staff_id FROM initiatives WHERE staff_id = ANY(${[...ids]}::uuid[])
          UNION ALL SELECT staff_id FROM disciplines WHERE staff_id = ANY(${[...ids]}::uuid[])
          UNION ALL SELECT staff_id FROM freezes WHERE staff_id = ANY(${[...ids]}::uuid[])) h
         GROUP BY staff_id`,
  );
  return new Map(counted.map((c) => [c.id, c.n]));
}

/** Where the record was merged, if it was: the survivor's id and code. */
export async function mergedIntoOf(manager: EntityManager, id: string): Promise<{ id: string; code: string } | undefined> {
  const found = await rows<{ id: string; code: string }>(
    manager,
    sql`SELECT k.id, k.code FROM staff m JOIN staff k ON k.id = m.merged_into WHERE m.id = ${id}::uuid`,
  );
  return found[0];
}
