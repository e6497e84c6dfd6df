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
import { execute, rows, type Sql, sql } from '../../database/sql.js';

/**
 * Set-based reads and writes of the history import: one query resolves every code of the file,
 * one loads what is stored for those subjects, and writes go in batches through `unnest` (one
 * array per column, so the parameter count stays fixed whatever the batch size).
 */

/** Every staff member and unit the file names, in two queries (staff by code, units by code; case-insensitive, by the lower(code) indexes). */
export async function findSubjects(manager: EntityManager, subjects: readonly SubjectCode[]): Promise<Map<string, FoundSubject>> {
  const codes = (kind: SubjectCode['kind']): string[] => [
    ...new Set(subjects.filter((s) => s.kind === kind).map((s) => s.code.toLowerCase())),
  ];
  const staff = await rows<FoundSubject>(
    manager,
    sql`SELECT 'staff' AS kind, s.id, s.code, u.path AS "unitPath" FROM staff s JOIN units u ON u.id = s.unit_id WHERE lower(s.code) = ANY(${codes('staff')}::text[])`,
  );
  const units = await rows<FoundSubject>(
    manager,
    sql`SELECT 'unit' AS kind, id, code, path AS "unitPath" FROM units WHERE lower(code) = ANY(${codes('unit')}::text[])`,
  );
  return new Map([...staff, ...units].map((found) => [subjectKey(found), found]));
}

/** Ids of the found subjects, split by kind, for `= ANY(…)` filters. */
export function idsByKind(rows: ReadonlyArray<{ subject: SubjectCode }>, idOf: SubjectIdOf): { staff: string[]; units: string[] } {
  const ids = (kind: SubjectCode['kind']): string[] => [
    ...new Set(rows.filter((r) => r.subject.kind === kind).map((r) => idOf(r.subject))),
  ];
  return { staff: ids('staff'), units: ids('unit') };
}

const SUBJECT_COLUMNS = sql`CASE WHEN staff_id IS NULL THEN 'unit' ELSE 'staff' END AS "subjectKind", coalesce(staff_id, unit_id) AS "subjectId"`;
/** Records of the found staff members or units. */
const ofSubjects = (ids: { staff: string[]; units: string[] }): Sql =>
  sql`staff_id = ANY(${ids.staff}::uuid[]) OR unit_id = ANY(${ids.units}::uuid[])`;

export async function storedAwards(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<StoredAward[]> {
  const found = await rows<StoredAward>(
    manager,
    sql`SELECT award_type_code AS "awardType", ${SUBJECT_COLUMNS}, year, basis, decision_number AS "decisionNumber", revoked_at IS NOT NULL AS revoked
          FROM award_records WHERE (${ofSubjects(ids)}) AND deleted_at IS NULL`,
  );
  return found.map((row) => ({ ...row, year: Number(row.year) }));
}

/** Locked: a rating read here is the one the update replaces. */
export async function storedAppraisals(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<StoredAppraisal[]> {
  const found = await rows<StoredAppraisal>(
    manager,
    sql`SELECT id, ${SUBJECT_COLUMNS}, year, rating FROM appraisals WHERE (${ofSubjects(ids)}) AND deleted_at IS NULL FOR UPDATE`,
  );
  return found.map((row) => ({ ...row, year: Number(row.year) }));
}

export async function storedInitiatives(manager: EntityManager, staffIds: string[]): Promise<StoredInitiative[]> {
  const found = await rows<StoredInitiative>(
    manager,
    sql`SELECT id, staff_id AS "staffId", year, title, level, kind FROM initiatives WHERE staff_id = ANY(${staffIds}::uuid[]) AND deleted_at IS NULL FOR UPDATE`,
  );
  return found.map((row) => ({ ...row, year: Number(row.year) }));
}

export async function storedDisciplines(manager: EntityManager, staffIds: string[]): Promise<StoredDiscipline[]> {
  return rows<StoredDiscipline>(
    manager,
    sql`SELECT id, staff_id AS "staffId", level, starts_on AS "from", ends_on AS "to" FROM disciplines WHERE staff_id = ANY(${staffIds}::uuid[]) AND deleted_at IS NULL FOR UPDATE`,
  );
}

export async function storedFreezes(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<StoredFreeze[]> {
  return rows<StoredFreeze>(
    manager,
    sql`SELECT id, ${SUBJECT_COLUMNS}, reason, starts_on AS "from", ends_on AS "to"
          FROM freezes WHERE (${ofSubjects(ids)}) AND deleted_at IS NULL FOR UPDATE`,
  );
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
  insert: (batch: Array<New<R>>) => Sql,
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const batch of chunks(items)) {
    const written = await rows<{ id: string }>(manager, insert(batch));
    written.forEach((row) => inserted.add(row.id));
  }
  return inserted;
}

export function insertAwards(
  manager: EntityManager,
  items: ReadonlyArray<New<AwardImportRow>>,
  actorId: string,
  batchId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    (batch) => sql`
      INSERT INTO award_records (id, award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_name, source, created_by, import_batch_id)
      SELECT v.id, v.type, v.staff_id, v.unit_id, v.year, v.basis, v.decision_number, v.decision_date, v.issuer_name, 'imported', ${actorId}, ${batchId}::uuid
        FROM unnest(${batch.map((n) => n.id)}::uuid[], ${batch.map((n) => n.row.awardType.code)}::text[], ${batch.map(staffIdOf)}::uuid[],
                    ${batch.map(unitIdOf)}::uuid[], ${batch.map((n) => n.row.year)}::int[], ${batch.map((n) => n.row.basis)}::text[],
                    ${batch.map((n) => n.row.decisionNumber)}::text[], ${batch.map((n) => n.row.decisionDate)}::date[],
                    ${batch.map((n) => n.row.issuerName)}::text[])
          AS v(id, type, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_name)
      ON CONFLICT DO NOTHING RETURNING id`,
  );
}

export function insertAppraisals(
  manager: EntityManager,
  items: ReadonlyArray<New<AppraisalImportRow>>,
  actorId: string,
  batchId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    (batch) => sql`
      INSERT INTO appraisals (id, staff_id, unit_id, year, rating, updated_by, import_batch_id)
      SELECT v.id, v.staff_id, v.unit_id, v.year, v.rating, ${actorId}, ${batchId}::uuid
        FROM unnest(${batch.map((n) => n.id)}::uuid[], ${batch.map(staffIdOf)}::uuid[], ${batch.map(unitIdOf)}::uuid[],
                    ${batch.map((n) => n.row.year)}::int[], ${batch.map((n) => n.row.rating)}::text[]) AS v(id, staff_id, unit_id, year, rating)
      ON CONFLICT DO NOTHING RETURNING id`,
  );
}

export async function updateAppraisals(
  manager: EntityManager,
  changes: ReadonlyArray<{ id: string; rating: string }>,
  actorId: string,
): Promise<void> {
  for (const batch of chunks(changes)) {
    await execute(
      manager,
      sql`UPDATE appraisals a SET rating = v.rating, updated_at = now(), updated_by = ${actorId}
            FROM unnest(${batch.map((c) => c.id)}::uuid[], ${batch.map((c) => c.rating)}::text[]) AS v(id, rating) WHERE a.id = v.id`,
    );
  }
}

export function insertInitiatives(
  manager: EntityManager,
  items: ReadonlyArray<New<InitiativeImportRow>>,
  actorId: string,
  batchId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    (batch) => sql`
      INSERT INTO initiatives (id, staff_id, year, title, level, kind, created_by, import_batch_id)
      SELECT v.id, v.staff_id, v.year, v.title, v.level, v.kind, ${actorId}, ${batchId}::uuid
        FROM unnest(${batch.map((n) => n.id)}::uuid[], ${batch.map((n) => n.subjectId)}::uuid[], ${batch.map((n) => n.row.year)}::int[],
                    ${batch.map((n) => n.row.title)}::text[], ${batch.map((n) => n.row.level)}::text[], ${batch.map((n) => n.row.kind)}::text[])
          AS v(id, staff_id, year, title, level, kind)
      ON CONFLICT DO NOTHING RETURNING id`,
  );
}

export async function updateInitiatives(
  manager: EntityManager,
  changes: ReadonlyArray<{ id: string; level: string; kind: string }>,
): Promise<void> {
  for (const batch of chunks(changes)) {
    await execute(
      manager,
      sql`UPDATE initiatives i SET level = v.level, kind = v.kind
            FROM unnest(${batch.map((c) => c.id)}::uuid[], ${batch.map((c) => c.level)}::text[], ${batch.map((c) => c.kind)}::text[]) AS v(id, level, kind)
           WHERE i.id = v.id`,
    );
  }
}

export function insertDisciplines(
  manager: EntityManager,
  items: ReadonlyArray<New<DisciplineImportRow>>,
  actorId: string,
  batchId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    (batch) => sql`
      INSERT INTO disciplines (id, staff_id, level, starts_on, ends_on, created_by, import_batch_id)
      SELECT v.id, v.staff_id, v.level, v.starts_on, v.ends_on, ${actorId}, ${batchId}::uuid
        FROM unnest(${batch.map((n) => n.id)}::uuid[], ${batch.map((n) => n.subjectId)}::uuid[], ${batch.map((n) => n.row.level)}::text[],
                    ${batch.map((n) => n.row.from)}::date[], ${batch.map((n) => n.row.to)}::date[]) AS v(id, staff_id, level, starts_on, ends_on)
      ON CONFLICT DO NOTHING RETURNING id`,
  );
}

export function insertFreezes(
  manager: EntityManager,
  items: ReadonlyArray<New<FreezeImportRow>>,
  actorId: string,
  batchId: string,
): Promise<Set<string>> {
  return insertBatches(
    manager,
    items,
    (batch) => sql`
      INSERT INTO freezes (id, staff_id, unit_id, reason, starts_on, ends_on, created_by, import_batch_id)
      SELECT v.id, v.staff_id, v.unit_id, v.reason, v.starts_on, v.ends_on, ${actorId}, ${batchId}::uuid
        FROM unnest(${batch.map((n) => n.id)}::uuid[], ${batch.map(staffIdOf)}::uuid[], ${batch.map(unitIdOf)}::uuid[],
                    ${batch.map((n) => n.row.reason)}::text[], ${batch.map((n) => n.row.from)}::date[], ${batch.map((n) => n.row.to)}::date[])
          AS v(id, staff_id, unit_id, reason, starts_on, ends_on)
      ON CONFLICT DO NOTHING RETURNING id`,
  );
}

/** Sets the end of disciplines or freezes (the only column of theirs an import changes). */
export async function updatePeriodEnds(
  manager: EntityManager,
  table: 'disciplines' | 'freezes',
  changes: ReadonlyArray<{ id: string; to: string | null }>,
): Promise<void> {
  const touch = table === 'freezes' ? sql`, updated_at = now()` : sql.empty;
  for (const batch of chunks(changes)) {
    await execute(
      manager,
      sql`UPDATE ${sql.identifier(table)} t SET ends_on = v.ends_on${touch}
            FROM unnest(${batch.map((c) => c.id)}::uuid[], ${batch.map((c) => c.to)}::date[]) AS v(id, ends_on) WHERE t.id = v.id`,
    );
  }
}
