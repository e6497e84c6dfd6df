import type { EntityManager } from 'typeorm';
import { chunks } from '../../common/tabular-import/batches.js';
import { derivedStaffColumns, type StaffView } from '../staff.service.js';
import type { StoredStaff, UnitRef } from './staff-import.plan.js';

/** The units named in the file, in one query. */
export async function unitsByCode(manager: EntityManager, codes: readonly string[]): Promise<Map<string, UnitRef>> {
  const units = (await manager.query('SELECT id, code, path FROM units WHERE code = ANY($1::text[])', [[...new Set(codes)]])) as UnitRef[];
  return new Map(units.map((unit) => [unit.code, unit]));
}

/** The staff whose codes the file names, in one query, locked until the import commits. */
export async function staffByCode(manager: EntityManager, codes: readonly string[]): Promise<Map<string, StoredStaff>> {
  const staff = (await manager.query(
    `SELECT s.id, s.code, s.full_name AS "fullName", s.gender, s.date_of_birth AS "dateOfBirth", s.unit_id AS "unitId",
            s.position, s.started_on AS "startedOn", s.status, s.left_on AS "leftOn", u.path AS "unitPath"
       FROM staff s JOIN units u ON u.id = s.unit_id
      WHERE s.code = ANY($1::text[])
        FOR UPDATE OF s`,
    [[...new Set(codes)]],
  )) as StoredStaff[];
  return new Map(staff.map((member) => [member.code, member]));
}

/** Column arrays for `unnest`, derived columns computed exactly as the staff service does. */
function columnArrays(staff: readonly StaffView[]) {
  const derived = staff.map((s) => derivedStaffColumns(s.fullName, s.code));
  return [
    staff.map((s) => s.id),
    staff.map((s) => s.code),
    staff.map((s) => s.fullName),
    staff.map((s) => s.gender),
    staff.map((s) => s.dateOfBirth),
    staff.map((s) => s.unitId),
    staff.map((s) => s.position),
    staff.map((s) => s.startedOn),
    derived.map((d) => d.sortKey),
    derived.map((d) => d.searchText),
  ];
}

const UNNEST = `unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::uuid[], $7::text[], $8::date[], $9::text[], $10::text[])
  AS v(id, code, full_name, gender, date_of_birth, unit_id, position, started_on, sort_key, search_text)`;

export async function insertStaff(manager: EntityManager, staff: readonly StaffView[]): Promise<void> {
  for (const batch of chunks(staff)) {
    await manager.query(
      `INSERT INTO staff (id, code, full_name, gender, date_of_birth, unit_id, position, started_on, sort_key, search_text)
       SELECT v.id, v.code, v.full_name, v.gender, v.date_of_birth, v.unit_id, v.position, v.started_on, v.sort_key, v.search_text
         FROM ${UNNEST}`,
      columnArrays(batch),
    );
  }
}

/** Updates the imported fields (never status or code: rows are matched by code). */
export async function updateStaff(manager: EntityManager, staff: readonly StaffView[]): Promise<void> {
  for (const batch of chunks(staff)) {
    await manager.query(
      `UPDATE staff s
          SET full_name = v.full_name, gender = v.gender, date_of_birth = v.date_of_birth, unit_id = v.unit_id,
              position = v.position, started_on = v.started_on, sort_key = v.sort_key, search_text = v.search_text,
              updated_at = now()
         FROM ${UNNEST}
        WHERE s.id = v.id`,
      columnArrays(batch),
    );
  }
}
