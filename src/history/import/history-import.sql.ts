import type { EntityManager } from 'typeorm';
import type {
  FoundSubject,
  StoredAppraisal,
  StoredAward,
  StoredDiscipline,
  StoredFreeze,
  StoredInitiative,
} from './history-import.plan.js';
import { subjectKey, type SubjectIdOf } from './history-import.plan.js';
import type {
  AppraisalImportRow,
  AwardImportRow,
  DisciplineImportRow,
  FreezeImportRow,
  InitiativeImportRow,
  SubjectCode,
} from './history-rows.js';
import { chunks } from '../../common/tabular-import/batches.js';

/**
 * Set-based reads and writes of the history import: one query resolves every code of the file,
 * one loads what is stored for those subjects, and writes go in batches through `unnest` (one
 * array per column, so the parameter count stays fixed whatever the batch size).
 */

/** Every staff member and unit the file names, in two queries (staff by code, units by code). */
export async function findSubjects(manager: EntityManager, subjects: readonly SubjectCode[]): Promise<Map<string, FoundSubject>> {
  const codes = (kind: SubjectCode['kind']): string[] => [...new Set(subjects.filter((s) => s.kind === kind).map((s) => s.code))];
  const staff = (await manager.query(
    `SELECT 'staff' AS kind, s.id, s.code, u.path AS "unitPath" FROM staff s JOIN units u ON u.id = s.unit_id WHERE s.code = ANY($1::text[])`,
    [codes('staff')],
  )) as FoundSubject[];
  const units = (await manager.query(`SELECT 'unit' AS kind, id, code, path AS "unitPath" FROM units WHERE code = ANY($1::text[])`, [
    codes('unit'),
  ])) as FoundSubject[];
  return new Map([...staff, ...units].map((found) => [subjectKey(found), found]));
}

/** Ids of the found subjects, split by kind, for `= ANY($n)` filters. */
export function idsByKind(rows: ReadonlyArray<{ subject: SubjectCode }>, idOf: SubjectIdOf): { staff: string[]; units: string[] } {
  const ids = (kind: SubjectCode['kind']): string[] => [
    ...new Set(rows.filter((r) => r.subject.kind === kind).map((r) => idOf(r.subject))),
  ];
  return { staff: ids('staff'), units: ids('unit') };
}

const SUBJECT_COLUMNS = `CASE WHEN staff_id IS NULL THEN 'unit' ELSE 'staff' END AS "subjectKind", coalesce(staff_id, unit_id) AS "subjectId"`;

export async function storedAwards(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<StoredAward[]> {
  const rows = (await manager.query(
    `SELECT award_type_code AS "awardType", ${SUBJECT_COLUMNS}, year, basis, decision_number AS "decisionNumber", revoked_at IS NOT NULL AS revoked
       FROM award_records WHERE staff_id = ANY($1::uuid[]) OR unit_id = ANY($2::uuid[])`,
    [ids.staff, ids.units],
  )) as StoredAward[];
  return rows.map((row) => ({ ...row, year: Number(row.year) }));
}

/** Locked: a rating read here is the one the update replaces. */
export async function storedAppraisals(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<StoredAppraisal[]> {
  const rows = (await manager.query(
    `SELECT id, ${SUBJECT_COLUMNS}, year, rating FROM appraisals WHERE staff_id = ANY($1::uuid[]) OR unit_id = ANY($2::uuid[]) FOR UPDATE`,
    [ids.staff, ids.units],
  )) as StoredAppraisal[];
  return rows.map((row) => ({ ...row, year: Number(row.year) }));
}

export async function storedInitiatives(manager: EntityManager, staffIds: string[]): Promise<StoredInitiative[]> {
  const rows = (await manager.query(
    `SELECT id, staff_id AS "staffId", year, title, level, kind FROM initiatives WHERE staff_id = ANY($1::uuid[]) FOR UPDATE`,
    [staffIds],
  )) as StoredInitiative[];
  return rows.map((row) => ({ ...row, year: Number(row.year) }));
}

export async function storedDisciplines(manager: EntityManager, staffIds: string[]): Promise<StoredDiscipline[]> {
  return (await manager.query(
    `SELECT id, staff_id AS "staffId", level, starts_on AS "from", ends_on AS "to" FROM disciplines WHERE staff_id = ANY($1::uuid[]) FOR UPDATE`,
    [staffIds],
  )) as StoredDiscipline[];
}

export async function storedFreezes(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<StoredFreeze[]> {
  return (await manager.query(
    `SELECT id, ${SUBJECT_COLUMNS}, reason, starts_on AS "from", ends_on AS "to"
       FROM freezes WHERE staff_id = ANY($1::uuid[]) OR unit_id = ANY($2::uuid[]) FOR UPDATE`,
    [ids.staff, ids.units],
  )) as StoredFreeze[];
}

/** A new record with the id chosen before writing, so its audit entry can name it. */
export interface New<R> {
  id: string;
  row: R;
  subjectId: string;
}

const staffIdOf = <R extends { subject: SubjectCode }>(n: New<R>): string | null => (n.row.subject.kind === 'staff' ? n.subjectId : null);
const unitIdOf = <R extends { subject: SubjectCode }>(n: New<R>): string | null => (n.row.subject.kind === 'unit' ? n.subjectId : null);

/**
 * Inserts in batches; ON CONFLICT DO NOTHING lets the unique indexes have the last word if another
 * import wrote the same record meanwhile. Answers the ids actually inserted.
 */
async function insertBatches<R>(
  manager: EntityManager,
  items: ReadonlyArray<New<R>>,
  sql: string,
  params: (batch: Array<New<R>>) => unknown[],
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const batch of chunks(items)) {
    const rows = (await manager.query(sql, params(batch))) as Array<{ id: string }>;
    rows.forEach((row) => inserted.add(row.id));
  }
  return inserted;
}

export function insertAwards(manager: EntityManager, items: ReadonlyArray<New<AwardImportRow>>, actorId: string): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    `INSERT INTO award_records (id, award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_name, source, created_by)
     SELECT v.id, v.type, v.staff_id, v.unit_id, v.year, v.basis, v.decision_number, v.decision_date, v.issuer_name, 'imported', $10
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::int[], $6::text[], $7::text[], $8::date[], $9::text[])
         AS v(id, type, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_name)
     ON CONFLICT DO NOTHING RETURNING id`,
    (batch) => [
      batch.map((n) => n.id),
      batch.map((n) => n.row.awardType.code),
      batch.map(staffIdOf),
      batch.map(unitIdOf),
      batch.map((n) => n.row.year),
      batch.map((n) => n.row.basis),
      batch.map((n) => n.row.decisionNumber),
      batch.map((n) => n.row.decisionDate),
      batch.map((n) => n.row.issuerName),
      actorId,
    ],
  );
}

export function insertAppraisals(
  manager: EntityManager,
  items: ReadonlyArray<New<AppraisalImportRow>>,
  actorId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    `INSERT INTO appraisals (id, staff_id, unit_id, year, rating, updated_by)
     SELECT v.id, v.staff_id, v.unit_id, v.year, v.rating, $6
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[]) AS v(id, staff_id, unit_id, year, rating)
     ON CONFLICT DO NOTHING RETURNING id`,
    (batch) => [
      batch.map((n) => n.id),
      batch.map(staffIdOf),
      batch.map(unitIdOf),
      batch.map((n) => n.row.year),
      batch.map((n) => n.row.rating),
      actorId,
    ],
  );
}

export async function updateAppraisals(
  manager: EntityManager,
  changes: ReadonlyArray<{ id: string; rating: string }>,
  actorId: string,
): Promise<void> {
  for (const batch of chunks(changes)) {
    await manager.query(
      `UPDATE appraisals a SET rating = v.rating, updated_at = now(), updated_by = $3
         FROM unnest($1::uuid[], $2::text[]) AS v(id, rating) WHERE a.id = v.id`,
      [batch.map((c) => c.id), batch.map((c) => c.rating), actorId],
    );
  }
}

export function insertInitiatives(
  manager: EntityManager,
  items: ReadonlyArray<New<InitiativeImportRow>>,
  actorId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    `INSERT INTO initiatives (id, staff_id, year, title, level, kind, created_by)
     SELECT v.id, v.staff_id, v.year, v.title, v.level, v.kind, $7
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[]) AS v(id, staff_id, year, title, level, kind)
     ON CONFLICT DO NOTHING RETURNING id`,
    (batch) => [
      batch.map((n) => n.id),
      batch.map((n) => n.subjectId),
      batch.map((n) => n.row.year),
      batch.map((n) => n.row.title),
      batch.map((n) => n.row.level),
      batch.map((n) => n.row.kind),
      actorId,
    ],
  );
}

export async function updateInitiatives(
  manager: EntityManager,
  changes: ReadonlyArray<{ id: string; level: string; kind: string }>,
): Promise<void> {
  for (const batch of chunks(changes)) {
    await manager.query(
      `UPDATE initiatives i SET level = v.level, kind = v.kind FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, level, kind) WHERE i.id = v.id`,
      [batch.map((c) => c.id), batch.map((c) => c.level), batch.map((c) => c.kind)],
    );
  }
}

export function insertDisciplines(
  manager: EntityManager,
  items: ReadonlyArray<New<DisciplineImportRow>>,
  actorId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    `INSERT INTO disciplines (id, staff_id, level, starts_on, ends_on, created_by)
     SELECT v.id, v.staff_id, v.level, v.starts_on, v.ends_on, $6
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::date[]) AS v(id, staff_id, level, starts_on, ends_on)
     ON CONFLICT DO NOTHING RETURNING id`,
    (batch) => [
      batch.map((n) => n.id),
      batch.map((n) => n.subjectId),
      batch.map((n) => n.row.level),
      batch.map((n) => n.row.from),
      batch.map((n) => n.row.to),
      actorId,
    ],
  );
}

export function insertFreezes(manager: EntityManager, items: ReadonlyArray<New<FreezeImportRow>>, actorId: string): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    `INSERT INTO freezes (id, staff_id, unit_id, reason, starts_on, ends_on, created_by)
     SELECT v.id, v.staff_id, v.unit_id, v.reason, v.starts_on, v.ends_on, $7
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[]) AS v(id, staff_id, unit_id, reason, starts_on, ends_on)
     ON CONFLICT DO NOTHING RETURNING id`,
    (batch) => [
      batch.map((n) => n.id),
      batch.map(staffIdOf),
      batch.map(unitIdOf),
      batch.map((n) => n.row.reason),
      batch.map((n) => n.row.from),
      batch.map((n) => n.row.to),
      actorId,
    ],
  );
}

/** Sets the end of disciplines or freezes (the only column of theirs an import changes). */
export async function updatePeriodEnds(
  manager: EntityManager,
  table: 'disciplines' | 'freezes',
  changes: ReadonlyArray<{ id: string; to: string | null }>,
): Promise<void> {
  const touch = table === 'freezes' ? ', updated_at = now()' : '';
  for (const batch of chunks(changes)) {
    await manager.query(
      `UPDATE ${table} t SET ends_on = v.ends_on${touch} FROM unnest($1::uuid[], $2::date[]) AS v(id, ends_on) WHERE t.id = v.id`,
      [batch.map((c) => c.id), batch.map((c) => c.to)],
    );
  }
}
