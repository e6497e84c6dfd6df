import type { EntityManager } from 'typeorm';
import { rows, type Sql, sql } from '../database/sql.js';
import { AWARD_RECORD_COLUMNS, AWARD_RECORD_FROM, AWARD_RECORD_ORDER } from './history.repository.js';
import type { AwardRecordView } from './history.views.js';
import type { AwardBasis, Rating, SubjectKind } from '../kernel/index.js';

/**
 * The SQL of whole lists at once: the grid of a unit's ratings and one decision for many people.
 * Every function is one statement whatever the number of rows (the ids travel as one array, the
 * rows as one array per column through `unnest`).
 */

const subjectColumn = (kind: SubjectKind): Sql => sql.identifier(kind === 'staff' ? 'staff_id' : 'unit_id');

/** A staff member or unit of a list, named for messages ("Nguyễn Văn An (NV01)"), with its governing unit path. */
export interface NamedSubject {
  id: string;
  label: string;
  path: string;
}

export async function namedSubjects(manager: EntityManager, kind: SubjectKind, ids: readonly string[]): Promise<NamedSubject[]> {
  return kind === 'staff'
    ? rows<NamedSubject>(
        manager,
        sql`SELECT s.id::text AS id, s.full_name || ' (' || s.code || ')' AS label, u.path
              FROM staff s JOIN units u ON u.id = s.unit_id WHERE s.id = ANY(${ids}::uuid[])`,
      )
    : rows<NamedSubject>(
        manager,
        sql`SELECT u.id::text AS id, u.name || ' (' || u.code || ')' AS label, u.path FROM units u WHERE u.id = ANY(${ids}::uuid[])`,
      );
}

/** A row of a grid page: a member of the unit (or the unit itself, for collective ratings) and what it has for the year. */
export interface GridMemberRow {
  id: string;
  code: string;
  name: string;
  unitName: string;
  depth: number;
  rating: Rating | null;
  /** Already has the award type of the year (not revoked); false when no type was asked about. */
  hasAward: boolean;
}

/**
 * The members of a unit (with `withSubUnits`, of its sub-units too) in unit tree then name order,
 * active staff only, with their rating of the year and whether they already have `awardType` for
 * it; for `unit`, the unit itself and its sub-units. At most `limit` rows. Walks `units_path_idx`,
 * `staff_unit_sort_idx` and the appraisals' and awards' (subject, year) keys.
 */
export async function gridMembers(
  manager: EntityManager,
  kind: SubjectKind,
  query: { unitId: string; withSubUnits: boolean; year: number; awardType: string | null; limit: number },
): Promise<GridMemberRow[]> {
  // Each unit with the names from the chosen unit down to it, for the tree order (siblings by name).
  const units = sql`
    SELECT u.id, u.name, u.path, length(u.path) - length(replace(u.path, '/', '')) AS slashes,
           (SELECT array_agg(a.name ORDER BY length(a.path)) FROM units a
             WHERE u.path LIKE a.path || '%' AND length(a.path) >= length(root.path)) AS names
      FROM units root JOIN units u ON u.id = root.id OR (${query.withSubUnits} AND u.path LIKE root.path || '%')
     WHERE root.id = ${query.unitId}`;
  const hasAward = (column: Sql, id: Sql): Sql =>
    query.awardType === null
      ? sql`false`
      : sql`EXISTS (SELECT 1 FROM award_records ar WHERE ar.${column} = ${id} AND ar.year = ${query.year}
                     AND ar.award_type_code = ${query.awardType} AND ar.revoked_at IS NULL AND ar.deleted_at IS NULL)`;
  const found =
    kind === 'staff'
      ? await rows<GridMemberRow & { slashes: number; names: string[] }>(
          manager,
          sql`WITH tree AS (${units})
              SELECT s.id, s.code, s.full_name AS name, tree.name AS "unitName", tree.slashes, tree.names, a.rating,
                     ${hasAward(sql.identifier('staff_id'), sql`s.id`)} AS "hasAward"
                FROM tree JOIN staff s ON s.unit_id = tree.id AND s.status = 'active'
                LEFT JOIN appraisals a ON a.staff_id = s.id AND a.year = ${query.year} AND a.deleted_at IS NULL
               ORDER BY tree.path, s.sort_key, s.id
               LIMIT ${query.limit}`,
        )
      : await rows<GridMemberRow & { slashes: number; names: string[] }>(
          manager,
          sql`WITH tree AS (${units})
              SELECT tree.id, u.code, tree.name, tree.name AS "unitName", tree.slashes, tree.names, a.rating,
                     ${hasAward(sql.identifier('unit_id'), sql`tree.id`)} AS "hasAward"
                FROM tree JOIN units u ON u.id = tree.id
                LEFT JOIN appraisals a ON a.unit_id = tree.id AND a.year = ${query.year} AND a.deleted_at IS NULL
               ORDER BY tree.path
               LIMIT ${query.limit}`,
        );
  const top = Math.min(...found.map((row) => Number(row.slashes)));
  // Stable: within a unit, the rows keep the SQL's name order (sort_key, Vietnamese letters before tones).
  return [...found]
    .sort((a, b) => compareNames(a.names, b.names))
    .map(({ slashes, names: _names, ...row }) => ({ ...row, depth: Number(slashes) - top }));
}

/** Tree order: a unit right after its parent, siblings by their Vietnamese names. */
function compareNames(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = a[i].localeCompare(b[i], 'vi');
    if (order !== 0) {
      return order;
    }
  }
  return a.length - b.length;
}

// ----- Appraisals of many subjects in one year

/** The stored ratings of these subjects for the year, locked until the transaction ends. */
export async function lockAppraisalsOfYear(
  manager: EntityManager,
  kind: SubjectKind,
  subjectIds: readonly string[],
  year: number,
): Promise<Array<{ id: string; subjectId: string; rating: Rating }>> {
  return rows(
    manager,
    sql`SELECT a.id, a.${subjectColumn(kind)}::text AS "subjectId", a.rating FROM appraisals a
         WHERE a.${subjectColumn(kind)} = ANY(${subjectIds}::uuid[]) AND a.year = ${year} AND a.deleted_at IS NULL FOR UPDATE`,
  );
}

/** Creates or corrects the ratings of the year, one statement for every row; answers each row's appraisal id. */
export async function upsertAppraisalsOfYear(
  manager: EntityManager,
  kind: SubjectKind,
  year: number,
  ratings: ReadonlyArray<{ subjectId: string; rating: Rating }>,
  updatedBy: string,
): Promise<Array<{ id: string; subjectId: string }>> {
  if (ratings.length === 0) {
    return [];
  }
  const column = subjectColumn(kind);
  return rows(
    manager,
    sql`INSERT INTO appraisals (${column}, year, rating, updated_by)
        SELECT v.subject_id, ${year}, v.rating, ${updatedBy}
          FROM unnest(${ratings.map((r) => r.subjectId)}::uuid[], ${ratings.map((r) => r.rating)}::text[]) AS v(subject_id, rating)
        ON CONFLICT (${column}, year) WHERE deleted_at IS NULL DO UPDATE SET rating = EXCLUDED.rating, updated_at = now(), updated_by = EXCLUDED.updated_by
        RETURNING id, ${column}::text AS "subjectId"`,
  );
}

// ----- One decision, many awards

/** Which of these subjects already have the award of the year (not revoked, regular basis: the once-a-year key). */
export async function subjectsWithAward(
  manager: EntityManager,
  kind: SubjectKind,
  subjectIds: readonly string[],
  awardType: string,
  year: number,
): Promise<string[]> {
  const found = await rows<{ subjectId: string }>(
    manager,
    sql`SELECT ar.${subjectColumn(kind)}::text AS "subjectId" FROM award_records ar
         WHERE ar.${subjectColumn(kind)} = ANY(${subjectIds}::uuid[]) AND ar.award_type_code = ${awardType} AND ar.year = ${year}
           AND ar.revoked_at IS NULL AND ar.deleted_at IS NULL AND ar.basis = 'regular'`,
  );
  return found.map((row) => row.subjectId);
}

export interface NewDecisionAwards {
  awardType: string;
  kind: SubjectKind;
  subjectIds: readonly string[];
  year: number;
  basis: AwardBasis;
  decisionNumber: string;
  decisionDate: string;
  issuerId: string | null;
  issuerName: string | null;
  createdBy: string;
}

/** Records the decision's award for every subject, one statement; answers the ids written (ON CONFLICT: the key decides). */
export async function insertDecisionAwards(manager: EntityManager, award: NewDecisionAwards): Promise<string[]> {
  const staff = award.kind === 'staff';
  const written = await rows<{ id: string }>(
    manager,
    sql`INSERT INTO award_records (award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_id, issuer_name, source, created_by)
        SELECT ${award.awardType}, ${staff ? sql`v.subject_id` : sql`NULL`}, ${staff ? sql`NULL` : sql`v.subject_id`}, ${award.year}, ${award.basis},
               ${award.decisionNumber}, ${award.decisionDate}::date, ${award.issuerId}::uuid, ${award.issuerName}, 'entered', ${award.createdBy}
          FROM unnest(${award.subjectIds}::uuid[]) AS v(subject_id)
        ON CONFLICT DO NOTHING RETURNING id`,
  );
  return written.map((row) => row.id);
}

export async function awardViews(manager: EntityManager, ids: readonly string[]): Promise<AwardRecordView[]> {
  const found = await rows<AwardRecordView>(
    manager,
    sql`SELECT ${AWARD_RECORD_COLUMNS} FROM ${AWARD_RECORD_FROM} WHERE ar.id = ANY(${ids}::uuid[]) ORDER BY ${AWARD_RECORD_ORDER}`,
  );
  return found.map((record) => ({ ...record, year: Number(record.year) }));
}
