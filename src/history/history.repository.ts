import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, type Sql, sql } from '../database/sql.js';
import type {
  AppraisalView,
  AwardRecordView,
  DisciplineView,
  FreezeView,
  InitiativeView,
  StaffHistory,
  UnitHistory,
} from './history.views.js';
import type { AwardBasis, DisciplineLevel, InitiativeKind, InitiativeLevel, Rating, SubjectKind } from '../kernel/index.js';

/**
 * The SQL of the history records: awards, appraisals, initiatives, disciplines and freezes of staff
 * members and units. Reads of many subjects take their ids as one array; every function runs on the
 * manager it is given, so a use case's reads and writes stay in its transaction.
 */

/** The column that holds the subject's id in tables that take either. */
const subjectColumn = (kind: SubjectKind): Sql => sql.identifier(kind === 'staff' ? 'staff_id' : 'unit_id');

/** The subject's own id in a row that holds either a staff member's or a unit's. */
const staffIdIf = (kind: SubjectKind, subjectId: string): string | null => (kind === 'staff' ? subjectId : null);
const unitIdIf = (kind: SubjectKind, subjectId: string): string | null => (kind === 'unit' ? subjectId : null);

/** pg returns smallint as a number already; this keeps the year a number whatever the driver does. */
function withNumericYear<T extends { year: number | string }>(found: T[]): T[] {
  return found.map((record) => ({ ...record, year: Number(record.year) }));
}

// SELECT lists that produce the views of history.views.ts straight from SQL (aliases match the view fields).
export const AWARD_RECORD_COLUMNS = sql`
  ar.id, ar.award_type_code AS "awardType", t.name AS "awardName", t.kind, ar.staff_id AS "staffId",
  ar.unit_id AS "unitId", ar.year, ar.basis, ar.decision_number AS "decisionNumber",
  ar.decision_date AS "decisionDate", ar.issuer_id AS "issuerId", ar.issuer_name AS "issuerName", ar.source,
  ar.revoked_at IS NOT NULL AS revoked, ar.revoked_at AS "revokedAt", ar.revoked_reason AS "revokedReason",
  ar.created_at AS "createdAt", ar.deleted_at AS "deletedAt", ar.deleted_reason AS "deletedReason"`;
export const AWARD_RECORD_FROM = sql`award_records ar JOIN award_types t ON t.code = ar.award_type_code`;
/** Newest year first; within a year, as the catalogue orders the types. */
export const AWARD_RECORD_ORDER = sql`ar.year DESC, t.display_order, ar.created_at`;
/** When and why a record was removed (the Corrections migration), under the view's field names. */
const removal = (alias: string): Sql => sql.raw(`${alias}.deleted_at AS "deletedAt", ${alias}.deleted_reason AS "deletedReason"`);
const APPRAISAL_COLUMNS = sql`a.id, a.staff_id AS "staffId", a.unit_id AS "unitId", a.year, a.rating, ${removal('a')}`;
const INITIATIVE_COLUMNS = sql`i.id, i.staff_id AS "staffId", i.year, i.title, i.level, i.kind, ${removal('i')}`;
const DISCIPLINE_COLUMNS = sql`d.id, d.staff_id AS "staffId", d.level, d.starts_on AS "from", d.ends_on AS "to", ${removal('d')}`;
const FREEZE_COLUMNS = sql`
  f.id, f.staff_id AS "staffId", f.unit_id AS "unitId", f.reason, f.starts_on AS "from", f.ends_on AS "to",
  (f.ends_on IS NULL OR f.ends_on >= current_date) AS active, ${removal('f')}`;

/**
 * Lists show the records that count; with `withRemoved` (admins), removed ones too, flagged by
 * their `deletedAt`, so the history still tells what was corrected.
 */
const counted = (alias: string, withRemoved: boolean): Sql => (withRemoved ? sql`TRUE` : sql.raw(`${alias}.deleted_at IS NULL`));

// ----- Subjects

/** The heading of a staff member's history page; the caller has checked that the staff member exists. */
export async function staffHeading(manager: EntityManager, staffId: string): Promise<StaffHistory['staff']> {
  return one<StaffHistory['staff']>(
    manager,
    sql`SELECT s.id, s.code, s.full_name AS "fullName", s.unit_id AS "unitId", u.name AS "unitName"
          FROM staff s JOIN units u ON u.id = s.unit_id WHERE s.id = ${staffId}`,
  );
}

/** The heading of a unit's history page; the caller has checked that the unit exists. */
export async function unitHeading(manager: EntityManager, unitId: string): Promise<UnitHistory['unit']> {
  return one<UnitHistory['unit']>(manager, sql`SELECT id, code, name FROM units WHERE id = ${unitId}`);
}

// ----- Awards

export interface NewAward {
  awardType: string;
  kind: SubjectKind;
  subjectId: string;
  year: number;
  basis: AwardBasis;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuerId: string | null;
  issuerName: string | null;
  createdBy: string;
}

/**
 * Records an award typed in; undefined when the subject already has it for the year. ON CONFLICT DO
 * NOTHING: the partial unique index decides, without a failed statement in the logs.
 */
export async function insertAward(manager: EntityManager, award: NewAward): Promise<{ id: string } | undefined> {
  return row<{ id: string }>(
    manager,
    sql`INSERT INTO award_records (award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_id, issuer_name, source, created_by)
        VALUES (${award.awardType}, ${staffIdIf(award.kind, award.subjectId)}, ${unitIdIf(award.kind, award.subjectId)}, ${award.year},
                ${award.basis}, ${award.decisionNumber}, ${award.decisionDate}, ${award.issuerId}, ${award.issuerName}, 'entered', ${award.createdBy})
        ON CONFLICT DO NOTHING RETURNING id`,
  );
}

/** An award's subject and revocation, as its columns are named. */
export interface AwardLock {
  staff_id: string | null;
  unit_id: string | null;
  revoked_at: Date | null;
}

/** Whether the person holds an unrevoked LĐTT for the year (award_records_staff_once_key serves it). */
export async function hasLdttOfYear(manager: EntityManager, staffId: string, year: number): Promise<boolean> {
  const found = await one<{ found: boolean }>(
    manager,
    sql`SELECT EXISTS (SELECT 1 FROM award_records
                        WHERE award_type_code = 'LDTT' AND staff_id = ${staffId} AND year = ${year} AND revoked_at IS NULL AND deleted_at IS NULL) AS found`,
  );
  return found.found;
}

/** The award's subject and revocation, locked until the transaction ends; undefined for an unknown id. */
export async function lockAward(manager: EntityManager, id: string): Promise<AwardLock | undefined> {
  return row<AwardLock>(
    manager,
    sql`SELECT staff_id, unit_id, revoked_at FROM award_records WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`,
  );
}

export async function markAwardRevoked(manager: EntityManager, id: string, reason: string, revokedBy: string): Promise<void> {
  await execute(
    manager,
    sql`UPDATE award_records SET revoked_at = now(), revoked_reason = ${reason}, revoked_by = ${revokedBy} WHERE id = ${id}`,
  );
}

export async function awardView(manager: EntityManager, id: string): Promise<AwardRecordView> {
  const view = await one<AwardRecordView>(manager, sql`SELECT ${AWARD_RECORD_COLUMNS} FROM ${AWARD_RECORD_FROM} WHERE ar.id = ${id}`);
  return withNumericYear([view])[0];
}

/** Awards of many subjects at once, revoked ones included (flagged), in display order. */
export async function awardsOf(manager: EntityManager, kind: SubjectKind, ids: string[], withRemoved = false): Promise<AwardRecordView[]> {
  return withNumericYear(
    await rows<AwardRecordView>(
      manager,
      sql`SELECT ${AWARD_RECORD_COLUMNS} FROM ${AWARD_RECORD_FROM}
           WHERE ar.${subjectColumn(kind)} = ANY(${ids}::uuid[]) AND ${counted('ar', withRemoved)} ORDER BY ${AWARD_RECORD_ORDER}`,
    ),
  );
}

// ----- Appraisals

/** The subject's appraisal of the year, locked until the transaction ends; undefined when there is none. */
export async function lockAppraisal(
  manager: EntityManager,
  kind: SubjectKind,
  subjectId: string,
  year: number,
): Promise<AppraisalView | undefined> {
  const found = await rows<AppraisalView>(
    manager,
    sql`SELECT ${APPRAISAL_COLUMNS} FROM appraisals a WHERE a.${subjectColumn(kind)} = ${subjectId} AND a.year = ${year} AND a.deleted_at IS NULL FOR UPDATE`,
  );
  return withNumericYear(found)[0];
}

/** Creates or corrects the rating of the year; answers the appraisal's id either way. */
export async function upsertAppraisal(
  manager: EntityManager,
  kind: SubjectKind,
  subjectId: string,
  year: number,
  rating: Rating,
  updatedBy: string,
): Promise<{ id: string }> {
  const column = subjectColumn(kind);
  return one<{ id: string }>(
    manager,
    sql`INSERT INTO appraisals (${column}, year, rating, updated_by) VALUES (${subjectId}, ${year}, ${rating}, ${updatedBy})
        ON CONFLICT (${column}, year) WHERE deleted_at IS NULL DO UPDATE SET rating = EXCLUDED.rating, updated_at = now(), updated_by = EXCLUDED.updated_by
        RETURNING id`,
  );
}

export async function appraisalsOf(
  manager: EntityManager,
  kind: SubjectKind,
  ids: string[],
  withRemoved = false,
): Promise<AppraisalView[]> {
  return withNumericYear(
    await rows<AppraisalView>(
      manager,
      sql`SELECT ${APPRAISAL_COLUMNS} FROM appraisals a
           WHERE a.${subjectColumn(kind)} = ANY(${ids}::uuid[]) AND ${counted('a', withRemoved)} ORDER BY a.year DESC, a.deleted_at DESC NULLS FIRST`,
    ),
  );
}

// ----- Initiatives

export interface NewInitiative {
  staffId: string;
  year: number;
  title: string;
  level: InitiativeLevel;
  kind: InitiativeKind;
  createdBy: string;
}

/** Records an initiative; undefined when the staff member already has one of that title in that year. */
export async function insertInitiative(manager: EntityManager, initiative: NewInitiative): Promise<{ id: string } | undefined> {
  return row<{ id: string }>(
    manager,
    sql`INSERT INTO initiatives (staff_id, year, title, level, kind, created_by)
        VALUES (${initiative.staffId}, ${initiative.year}, ${initiative.title}, ${initiative.level}, ${initiative.kind}, ${initiative.createdBy})
        ON CONFLICT DO NOTHING RETURNING id`,
  );
}

export async function initiativesOf(manager: EntityManager, staffIds: string[], withRemoved = false): Promise<InitiativeView[]> {
  return withNumericYear(
    await rows<InitiativeView>(
      manager,
      sql`SELECT ${INITIATIVE_COLUMNS} FROM initiatives i
           WHERE i.staff_id = ANY(${staffIds}::uuid[]) AND ${counted('i', withRemoved)} ORDER BY i.year DESC, i.title`,
    ),
  );
}

// ----- Disciplines

export interface NewDiscipline {
  staffId: string;
  level: DisciplineLevel;
  from: string;
  to: string | null;
  createdBy: string;
}

/** Records a discipline; undefined when one of the staff member's already starts that day. */
export async function insertDiscipline(manager: EntityManager, discipline: NewDiscipline): Promise<{ id: string } | undefined> {
  return row<{ id: string }>(
    manager,
    sql`INSERT INTO disciplines (staff_id, level, starts_on, ends_on, created_by)
        VALUES (${discipline.staffId}, ${discipline.level}, ${discipline.from}, ${discipline.to}, ${discipline.createdBy})
        ON CONFLICT DO NOTHING RETURNING id`,
  );
}

export async function disciplinesOf(manager: EntityManager, staffIds: string[], withRemoved = false): Promise<DisciplineView[]> {
  return rows<DisciplineView>(
    manager,
    sql`SELECT ${DISCIPLINE_COLUMNS} FROM disciplines d
         WHERE d.staff_id = ANY(${staffIds}::uuid[]) AND ${counted('d', withRemoved)} ORDER BY d.starts_on DESC`,
  );
}

// ----- Freezes

export interface NewFreeze {
  kind: SubjectKind;
  subjectId: string;
  reason: string;
  from: string;
  to: string | null;
  createdBy: string;
}

/** Opens a freeze; undefined when one of the subject's already starts that day. */
export async function insertFreeze(manager: EntityManager, freeze: NewFreeze): Promise<{ id: string } | undefined> {
  return row<{ id: string }>(
    manager,
    sql`INSERT INTO freezes (staff_id, unit_id, reason, starts_on, ends_on, created_by)
        VALUES (${staffIdIf(freeze.kind, freeze.subjectId)}, ${unitIdIf(freeze.kind, freeze.subjectId)}, ${freeze.reason}, ${freeze.from},
                ${freeze.to}, ${freeze.createdBy})
        ON CONFLICT DO NOTHING RETURNING id`,
  );
}

/** The subject's freeze, locked until the transaction ends; undefined when the subject has no such freeze. */
export async function lockFreeze(
  manager: EntityManager,
  kind: SubjectKind,
  subjectId: string,
  freezeId: string,
): Promise<{ id: string } | undefined> {
  return row<{ id: string }>(
    manager,
    sql`SELECT id FROM freezes WHERE id = ${freezeId} AND ${subjectColumn(kind)} = ${subjectId} AND deleted_at IS NULL FOR UPDATE`,
  );
}

export async function setFreezeEnd(manager: EntityManager, freezeId: string, to: string | null): Promise<void> {
  await execute(manager, sql`UPDATE freezes SET ends_on = ${to}, updated_at = now() WHERE id = ${freezeId}`);
}

export async function freezeView(manager: EntityManager, id: string): Promise<FreezeView> {
  return one<FreezeView>(manager, sql`SELECT ${FREEZE_COLUMNS} FROM freezes f WHERE f.id = ${id}`);
}

export async function freezesOf(manager: EntityManager, kind: SubjectKind, ids: string[], withRemoved = false): Promise<FreezeView[]> {
  return rows<FreezeView>(
    manager,
    sql`SELECT ${FREEZE_COLUMNS} FROM freezes f
         WHERE f.${subjectColumn(kind)} = ANY(${ids}::uuid[]) AND ${counted('f', withRemoved)} ORDER BY f.starts_on DESC`,
  );
}

// ----- Corrections: any history record edited or removed (a soft delete)

/** The history tables, as the audit log and the API paths name their records. */
export const HISTORY_TABLES = {
  awards: 'award_records',
  appraisals: 'appraisals',
  initiatives: 'initiatives',
  disciplines: 'disciplines',
  freezes: 'freezes',
} as const;
export type HistoryEntity = keyof typeof HISTORY_TABLES;

/** Whose a record is, and (awards) where it came from. */
export interface RecordOwner {
  staffId: string | null;
  unitId: string | null;
  /** Awards only: 'entered', 'imported' or 'issued'; null for the other kinds. */
  source: string | null;
}

/** A record that still counts, locked until the transaction ends; undefined when unknown or removed. */
export async function lockLiveRecord(manager: EntityManager, entity: HistoryEntity, id: string): Promise<RecordOwner | undefined> {
  const unit = entity === 'initiatives' || entity === 'disciplines' ? sql`NULL::uuid` : sql`unit_id`;
  const source = entity === 'awards' ? sql`source` : sql`NULL::text`;
  return row<RecordOwner>(
    manager,
    sql`SELECT staff_id AS "staffId", ${unit} AS "unitId", ${source} AS source
          FROM ${sql.identifier(HISTORY_TABLES[entity])} WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`,
  );
}

/** Removes records that still count (soft delete), set-based; answers the ids removed. */
export async function markRemoved(
  manager: EntityManager,
  entity: HistoryEntity,
  ids: readonly string[],
  reason: string,
  deletedBy: string,
): Promise<string[]> {
  const removed = await rows<{ id: string }>(
    manager,
    sql`UPDATE ${sql.identifier(HISTORY_TABLES[entity])} SET deleted_at = now(), deleted_reason = ${reason}, deleted_by = ${deletedBy}
         WHERE id = ANY(${[...ids]}::uuid[]) AND deleted_at IS NULL RETURNING id`,
  );
  return removed.map((r) => r.id);
}

export type AnyRecordView = AwardRecordView | AppraisalView | InitiativeView | DisciplineView | FreezeView;

/** One record as its kind's view, removed or not. */
export async function recordView(manager: EntityManager, entity: HistoryEntity, id: string): Promise<AnyRecordView> {
  switch (entity) {
    case 'awards':
      return awardView(manager, id);
    case 'appraisals':
      return withNumericYear([await one<AppraisalView>(manager, sql`SELECT ${APPRAISAL_COLUMNS} FROM appraisals a WHERE a.id = ${id}`)])[0];
    case 'initiatives':
      return withNumericYear([
        await one<InitiativeView>(manager, sql`SELECT ${INITIATIVE_COLUMNS} FROM initiatives i WHERE i.id = ${id}`),
      ])[0];
    case 'disciplines':
      return one<DisciplineView>(manager, sql`SELECT ${DISCIPLINE_COLUMNS} FROM disciplines d WHERE d.id = ${id}`);
    case 'freezes':
      return freezeView(manager, id);
  }
}

/** Whether another record that counts has the same natural key (`key`) as the one being corrected. */
export async function liveClash(
  manager: EntityManager,
  entity: Exclude<HistoryEntity, 'appraisals'>,
  id: string,
  key: Sql,
): Promise<boolean> {
  const found = await row<{ id: string }>(
    manager,
    sql`SELECT id FROM ${sql.identifier(HISTORY_TABLES[entity])} WHERE id <> ${id} AND deleted_at IS NULL AND ${key} LIMIT 1`,
  );
  return found !== undefined;
}

export async function updateInitiative(
  manager: EntityManager,
  id: string,
  v: Pick<InitiativeView, 'year' | 'title' | 'level' | 'kind'>,
): Promise<void> {
  await execute(
    manager,
    sql`UPDATE initiatives SET year = ${v.year}, title = ${v.title}, level = ${v.level}, kind = ${v.kind} WHERE id = ${id}`,
  );
}

export async function updateDiscipline(
  manager: EntityManager,
  id: string,
  v: Pick<DisciplineView, 'level' | 'from' | 'to'>,
): Promise<void> {
  await execute(manager, sql`UPDATE disciplines SET level = ${v.level}, starts_on = ${v.from}, ends_on = ${v.to} WHERE id = ${id}`);
}

export async function updateFreeze(manager: EntityManager, id: string, v: Pick<FreezeView, 'reason' | 'from' | 'to'>): Promise<void> {
  await execute(
    manager,
    sql`UPDATE freezes SET reason = ${v.reason}, starts_on = ${v.from}, ends_on = ${v.to}, updated_at = now() WHERE id = ${id}`,
  );
}

export async function updateAward(
  manager: EntityManager,
  id: string,
  v: Pick<AwardRecordView, 'awardType' | 'year' | 'basis' | 'decisionNumber' | 'decisionDate' | 'issuerId' | 'issuerName'>,
): Promise<void> {
  await execute(
    manager,
    sql`UPDATE award_records SET award_type_code = ${v.awardType}, year = ${v.year}, basis = ${v.basis}, decision_number = ${v.decisionNumber},
               decision_date = ${v.decisionDate}, issuer_id = ${v.issuerId}, issuer_name = ${v.issuerName}
         WHERE id = ${id}`,
  );
}

export async function updateAppraisalRating(manager: EntityManager, id: string, rating: Rating, updatedBy: string): Promise<void> {
  await execute(manager, sql`UPDATE appraisals SET rating = ${rating}, updated_at = now(), updated_by = ${updatedBy} WHERE id = ${id}`);
}
