import type { EntityManager } from 'typeorm';
import { chunks } from '../../common/tabular-import/batches.js';
import { execute, rows, type Sql, sql } from '../../database/sql.js';
import { CodeMap } from '../../common/text/code-map.js';
import { derivedStaffColumns, type StaffView } from '../staff.service.js';
import type { StoredStaff, UnitRef } from './staff-import.plan.js';

/** The codes as the lower(code) indexes compare them. */
const lowered = (codes: readonly string[]): string[] => [...new Set(codes.map((code) => code.toLowerCase()))];

/** The units named in the file, in one query; found whatever the case the file writes their codes in. */
export async function unitsByCode(manager: EntityManager, codes: readonly string[]): Promise<Map<string, UnitRef>> {
  const units = await rows<UnitRef>(manager, sql`SELECT id, code, path FROM units WHERE lower(code) = ANY(${lowered(codes)}::text[])`);
  return new CodeMap(units.map((unit) => [unit.code, unit]));
}

/** The staff whose codes the file names, in one query, locked until the import commits. */
export async function staffByCode(manager: EntityManager, codes: readonly string[]): Promise<Map<string, StoredStaff>> {
  const staff = await rows<StoredStaff>(
    manager,
    sql`SELECT s.id, s.code, s.full_name AS "fullName", s.gender, s.date_of_birth AS "dateOfBirth", s.unit_id AS "unitId",
               s.position, s.started_on AS "startedOn", s.status, s.left_on AS "leftOn", u.path AS "unitPath"
          FROM staff s JOIN units u ON u.id = s.unit_id
         WHERE lower(s.code) = ANY(${lowered(codes)}::text[])
           FOR UPDATE OF s`,
  );
  return new CodeMap(staff.map((member) => [member.code, member]));
}

/**
 * The staff as rows of `v`, one array per column (so the parameter count stays fixed whatever the
 * batch size), derived columns computed exactly as the staff service does.
 */
function unnested(staff: readonly StaffView[]): Sql {
  const derived = staff.map((s) => derivedStaffColumns(s.fullName, s.code));
  return sql`unnest(${staff.map((s) => s.id)}::uuid[], ${staff.map((s) => s.code)}::text[], ${staff.map((s) => s.fullName)}::text[],
                    ${staff.map((s) => s.gender)}::text[], ${staff.map((s) => s.dateOfBirth)}::date[], ${staff.map((s) => s.unitId)}::uuid[],
                    ${staff.map((s) => s.position)}::text[], ${staff.map((s) => s.startedOn)}::date[], ${derived.map((d) => d.sortKey)}::text[],
                    ${derived.map((d) => d.searchText)}::text[])
    AS v(id, code, full_name, gender, date_of_birth, unit_id, position, started_on, sort_key, search_text)`;
}

/** Inserts the staff an import creates, each carrying the import's batch (`batchId`). */
export async function insertStaff(manager: EntityManager, staff: readonly StaffView[], batchId: string): Promise<void> {
  for (const batch of chunks(staff)) {
    await execute(
      manager,
      sql`INSERT INTO staff (id, code, full_name, gender, date_of_birth, unit_id, position, started_on, sort_key, search_text, import_batch_id)
          SELECT v.id, v.code, v.full_name, v.gender, v.date_of_birth, v.unit_id, v.position, v.started_on, v.sort_key, v.search_text, ${batchId}::uuid
            FROM ${unnested(batch)}`,
    );
  }
}

/** Updates the imported fields (never status or code: rows are matched by code). */
export async function updateStaff(manager: EntityManager, staff: readonly StaffView[]): Promise<void> {
  for (const batch of chunks(staff)) {
    await execute(
      manager,
      sql`UPDATE staff s
             SET full_name = v.full_name, gender = v.gender, date_of_birth = v.date_of_birth, unit_id = v.unit_id,
                 position = v.position, started_on = v.started_on, sort_key = v.sort_key, search_text = v.search_text,
                 updated_at = now()
            FROM ${unnested(batch)}
           WHERE s.id = v.id`,
    );
  }
}
