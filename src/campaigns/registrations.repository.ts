import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, sql, type Sql } from '../database/sql.js';
import type { RegistrationView } from './campaign.types.js';

const COLUMNS = sql`
  r.id, r.campaign_id AS "campaignId", c.name AS "campaignName", c.year::int AS year,
  r.staff_id AS "staffId", r.unit_id AS "unitId",
  COALESCE(s.code, u.code) AS "subjectCode", COALESCE(s.full_name, u.name) AS "subjectName",
  COALESCE(su.name, u.name) AS "subjectUnitName",
  r.award_type AS "awardType", t.name AS "awardName", r.registered_by AS "registeredBy", r.created_at AS "createdAt"`;
const FROM = sql`
  registrations r
  JOIN campaigns c ON c.id = r.campaign_id
  JOIN award_types t ON t.code = r.award_type
  LEFT JOIN staff s ON s.id = r.staff_id
  LEFT JOIN units su ON su.id = s.unit_id
  LEFT JOIN units u ON u.id = r.unit_id`;
/** The unit whose path governs the registration's scope: the person's unit, or the unit itself. */
const SUBJECT_PATH = sql`COALESCE(su.path, u.path)`;

const iso = (value: unknown): string => new Date(value as string).toISOString();
const toView = (found: RegistrationView): RegistrationView => ({ ...found, createdAt: iso(found.createdAt) });

export async function registrationById(
  manager: EntityManager,
  id: string,
): Promise<(RegistrationView & { subjectPath: string }) | undefined> {
  const found = await row<RegistrationView & { subjectPath: string }>(
    manager,
    sql`SELECT ${COLUMNS}, ${SUBJECT_PATH} AS "subjectPath" FROM ${FROM} WHERE r.id = ${id}::uuid`,
  );
  return found && { ...toView(found), subjectPath: found.subjectPath };
}

export async function lockRegistration(manager: EntityManager, id: string): Promise<{ campaignId: string } | undefined> {
  return row<{ campaignId: string }>(manager, sql`SELECT campaign_id AS "campaignId" FROM registrations WHERE id = ${id}::uuid FOR UPDATE`);
}

export async function deleteRegistrations(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) {
    await execute(manager, sql`DELETE FROM registrations WHERE id = ANY(${ids}::uuid[])`);
  }
}

/** One new registration for each item, in one statement; answers their ids in the items' order. */
export async function insertRegistrations(
  manager: EntityManager,
  campaignId: string,
  items: ReadonlyArray<{ staffId: string | null; unitId: string | null; awardType: string }>,
  registeredBy: string,
): Promise<string[]> {
  if (items.length === 0) {
    return [];
  }
  const inserted = await rows<{ id: string; ord: number }>(
    manager,
    sql`INSERT INTO registrations (campaign_id, staff_id, unit_id, award_type, registered_by)
        SELECT ${campaignId}::uuid, v.staff_id, v.unit_id, v.award_type, ${registeredBy}::uuid
          FROM unnest(${items.map((item) => item.staffId)}::uuid[], ${items.map((item) => item.unitId)}::uuid[],
                      ${items.map((item) => item.awardType)}::text[]) WITH ORDINALITY AS v(staff_id, unit_id, award_type, ord)
         ORDER BY v.ord
     RETURNING id`,
  );
  return inserted.map((each) => each.id);
}

/** The registrations with these ids, as views (after an insert: to audit and answer them). */
export async function registrationsByIds(manager: EntityManager, ids: readonly string[]): Promise<RegistrationView[]> {
  if (ids.length === 0) {
    return [];
  }
  const found = await rows<RegistrationView>(
    manager,
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ANY(${ids}::uuid[]) ORDER BY r.created_at, r.id`,
  );
  return found.map(toView);
}

/** The campaign's registrations of these subjects (any award), for a duplicate check or a unit's grid. */
export async function registrationsOfSubjects(
  manager: EntityManager,
  campaignId: string,
  subjects: { staffIds: readonly string[]; unitIds: readonly string[] },
): Promise<RegistrationView[]> {
  if (subjects.staffIds.length === 0 && subjects.unitIds.length === 0) {
    return [];
  }
  const found = await rows<RegistrationView>(
    manager,
    sql`SELECT ${COLUMNS} FROM ${FROM}
         WHERE r.campaign_id = ${campaignId}::uuid
           AND (r.staff_id = ANY(${subjects.staffIds}::uuid[]) OR r.unit_id = ANY(${subjects.unitIds}::uuid[]))`,
  );
  return found.map(toView);
}

export interface RegistrationFilter {
  campaignId: string | null;
  /** A unit's path: its staff and itself, and its sub-units' staff and themselves. */
  unitPath: string | null;
  awardType: string | null;
  /** The reader's units (LIKE patterns); null: every unit. */
  scopePatterns: string[] | null;
}

const filterSql = (filter: RegistrationFilter): Sql => sql`
  (${filter.campaignId}::uuid IS NULL OR r.campaign_id = ${filter.campaignId}::uuid)
  AND (${filter.awardType}::text IS NULL OR r.award_type = ${filter.awardType}::text)
  AND (${filter.unitPath}::text IS NULL OR ${SUBJECT_PATH} LIKE ${filter.unitPath === null ? null : `${filter.unitPath}%`}::text)
  AND (${filter.scopePatterns}::text[] IS NULL OR ${SUBJECT_PATH} LIKE ANY(${filter.scopePatterns}::text[]))`;

/** A page of registrations, in the order of the subjects' units and names, with the total. */
export async function registrationPage(
  manager: EntityManager,
  filter: RegistrationFilter,
  page: { limit: number; offset: number },
): Promise<{ items: RegistrationView[]; total: number }> {
  const where = filterSql(filter);
  const items = await rows<RegistrationView>(
    manager,
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where}
         ORDER BY c.year DESC, r.campaign_id, ${SUBJECT_PATH}, r.unit_id IS NULL, COALESCE(s.sort_key, u.name COLLATE "C"), r.award_type, r.id
         LIMIT ${page.limit}::int OFFSET ${page.offset}::int`,
  );
  const { total } = await one<{ total: number }>(manager, sql`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where}`);
  return { items: items.map(toView), total };
}

/** How many registrations of the campaign per award, for its page. */
export async function registrationCounts(
  manager: EntityManager,
  campaignId: string,
): Promise<Array<{ awardType: string; awardName: string; count: number }>> {
  return rows(
    manager,
    sql`SELECT r.award_type AS "awardType", t.name AS "awardName", count(*)::int AS count
          FROM registrations r JOIN award_types t ON t.code = r.award_type
         WHERE r.campaign_id = ${campaignId}::uuid
         GROUP BY r.award_type, t.name, t.display_order ORDER BY t.display_order, r.award_type`,
  );
}

export async function unitById(manager: EntityManager, id: string): Promise<{ id: string; code: string; name: string }> {
  return one(manager, sql`SELECT id, code, name FROM units WHERE id = ${id}::uuid`);
}

/** A unit's active members (its own staff, not its sub-units'), in name order: the rows of its grid. */
export async function unitMembers(
  manager: EntityManager,
  unitId: string,
  limit: number,
): Promise<Array<{ id: string; code: string; fullName: string; position: string | null }>> {
  return rows(
    manager,
    sql`SELECT s.id, s.code, s.full_name AS "fullName", s.position FROM staff s
         WHERE s.unit_id = ${unitId}::uuid AND s.status = 'active' AND s.merged_into IS NULL
         ORDER BY s.sort_key, s.id LIMIT ${limit}::int`,
  );
}

/** The campaign's registrations of the subjects (people by id, units by id) for the given awards and years. */
export async function registrationFacts(
  manager: EntityManager,
  subjects: { staffIds: readonly string[]; unitIds: readonly string[] },
  awardTypes: readonly string[],
  year: number,
): Promise<Array<{ staffId: string | null; unitId: string | null; awardType: string; year: number; campaignName: string }>> {
  if ((subjects.staffIds.length === 0 && subjects.unitIds.length === 0) || awardTypes.length === 0) {
    return [];
  }
  return rows(
    manager,
    sql`SELECT r.staff_id AS "staffId", r.unit_id AS "unitId", r.award_type AS "awardType", c.year::int AS year, c.name AS "campaignName"
          FROM registrations r JOIN campaigns c ON c.id = r.campaign_id
         WHERE (r.staff_id = ANY(${subjects.staffIds}::uuid[]) OR r.unit_id = ANY(${subjects.unitIds}::uuid[]))
           AND r.award_type = ANY(${awardTypes}::text[]) AND c.year = ${year}::int`,
  );
}
