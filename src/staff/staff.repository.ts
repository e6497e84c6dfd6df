import type { EntityManager } from 'typeorm';
import { VIETNAMESE_CAPITALS, VIETNAMESE_SMALL } from '../common/text/vietnamese.js';
import { one, rows, type Sql, sql } from '../database/sql.js';
import type { StaffListItem } from './staff.service.js';
import type { PossibleTwin } from './plausibility.js';

/** Which staff a list shows; null = no such limit. */
export interface StaffFilter {
  /** `units.path LIKE ANY(...)` patterns of the user's scope. */
  scopePatterns: string[] | null;
  /**
   * Part of the name or code, folded (foldForSearch: what matches) and lowered with its diacritics
   * (lowerForSearch: how well it matches, see searchRank).
   */
  search: { folded: string; lowered: string } | null;
  /** This unit and its sub-units. */
  unitId: string | null;
  status: 'active' | 'left' | null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/gu, (c) => `\\${c}`);

/** The units of the scope and subtree filters; null = no such limit. */
function unitIdsIn(filter: StaffFilter): Sql | null {
  if (filter.scopePatterns === null && filter.unitId === null) {
    return null;
  }
  return sql`ARRAY(
    SELECT u.id FROM units u
     WHERE (${filter.scopePatterns}::text[] IS NULL OR u.path LIKE ANY(${filter.scopePatterns}::text[]))
       AND (${filter.unitId}::uuid IS NULL OR u.path LIKE (SELECT path FROM units WHERE id = ${filter.unitId}::uuid) || '%'))`;
}

/**
 * The filters on `staff s` alone. Scope and subtree are a few hundred units at most: resolved to unit
 * ids once (an init plan), so staff are filtered by `unit_id`, which `staff_list_idx` carries.
 */
function staffWhere(filter: StaffFilter): Sql {
  const search = filter.search === null ? null : `%${escapeLike(filter.search.folded)}%`;
  const units = unitIdsIn(filter);
  return sql`${units === null ? sql`TRUE` : sql`s.unit_id = ANY(${units})`}
    AND (${search}::text IS NULL OR s.search_text LIKE ${search})
    AND (${filter.status}::text IS NULL OR s.status = ${filter.status})`;
}

/** A column in lower case whatever the database's locale (see VIETNAMESE_SMALL). */
const lowered = (column: Sql): Sql => sql`translate(${column}, ${VIETNAMESE_CAPITALS}::text, ${VIETNAMESE_SMALL}::text)`;

/**
 * How well a found row matches what was typed, best first: 0 the code, or whole words of the name,
 * as typed with their diacritics ("Hùng" finds Nguyễn Văn Hùng); 1 part of a word with the same
 * diacritics (Phùng); 2 only once diacritics are folded away (Hưng, Nhung).
 */
function searchRank(search: { lowered: string }): Sql {
  const word = `% ${escapeLike(search.lowered)} %`;
  const part = `%${escapeLike(search.lowered)}%`;
  return sql`CASE WHEN ${lowered(sql`s.code`)} = ${search.lowered}::text OR ' ' || ${lowered(sql`s.full_name`)} || ' ' LIKE ${word}::text THEN 0
                  WHEN ${lowered(sql`s.full_name`)} LIKE ${part}::text THEN 1
                  ELSE 2 END`;
}

/** Name order; a search puts the best matches first (only then: the plain list keeps its index walk). */
const pageOrder = (filter: StaffFilter): Sql =>
  filter.search === null
    ? sql`s.sort_key, s.date_of_birth NULLS LAST, s.id`
    : sql`${searchRank(filter.search)}, s.sort_key, s.date_of_birth NULLS LAST, s.id`;

/**
 * One page of the filtered staff in Vietnamese name order (computed sort key, compared byte-wise, so
 * paging is stable and right on both databases). The page's ids come first from an index-only walk
 * of `staff_list_idx` (or `staff_status_sort_idx`) that stops after the page, however deep; only
 * those 50 rows are then read and joined to their unit's name. A search reads `search_text` from
 * the table as it walks.
 */
export function staffPageQuery(filter: StaffFilter, page: { limit: number; offset: number }): Sql {
  return sql`WITH page AS (
               SELECT s.id FROM staff s WHERE ${staffWhere(filter)}
                ORDER BY ${pageOrder(filter)}
                LIMIT ${page.limit} OFFSET ${page.offset})
             SELECT s.id, s.code, s.full_name AS "fullName", s.gender, s.date_of_birth AS "dateOfBirth", s.unit_id AS "unitId",
                    s.position, s.started_on AS "startedOn", s.status, s.left_on AS "leftOn", u.name AS "unitName"
               FROM page JOIN staff s ON s.id = page.id JOIN units u ON u.id = s.unit_id
              ORDER BY ${pageOrder(filter)}`;
}

export async function staffPage(
  manager: EntityManager,
  filter: StaffFilter,
  page: { limit: number; offset: number },
): Promise<StaffListItem[]> {
  return rows<StaffListItem>(manager, staffPageQuery(filter, page));
}

/**
 * How many staff the filter lets through. Without a search, a sum over `staff_counts` (per unit and
 * status, kept by triggers: see the ListIndexes migration), a few hundred rows whatever the number
 * of staff; a search has to read every name anyway, and counts them.
 */
export function staffCountQuery(filter: StaffFilter): Sql {
  if (filter.search !== null) {
    return sql`SELECT count(*)::int AS total FROM staff s WHERE ${staffWhere(filter)}`;
  }
  const units = unitIdsIn(filter);
  return sql`SELECT coalesce(sum(c.n), 0)::int AS total FROM staff_counts c
              WHERE ${units === null ? sql`TRUE` : sql`c.unit_id = ANY(${units})`}
                AND (${filter.status}::text IS NULL OR c.status = ${filter.status})`;
}

export async function countStaff(manager: EntityManager, filter: StaffFilter): Promise<number> {
  return (await one<{ total: number }>(manager, staffCountQuery(filter))).total;
}

/** Whether another staff member holds the code, whatever its case (staff_code_lower_key). */
export async function staffCodeTaken(manager: EntityManager, code: string, exceptId: string | null = null): Promise<boolean> {
  const found = await one<{ taken: boolean }>(
    manager,
    sql`SELECT EXISTS (SELECT 1 FROM staff WHERE lower(code) = lower(${code}) AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)) AS taken`,
  );
  return found.taken;
}

/** The staff (not merged away) born on any of the days, for the same-person check (staff_birth_idx). */
export async function staffBornOn(manager: EntityManager, days: readonly string[]): Promise<PossibleTwin[]> {
  if (days.length === 0) {
    return [];
  }
  return rows<PossibleTwin>(
    manager,
    sql`SELECT id, code, full_name AS "fullName", date_of_birth::text AS "dateOfBirth" FROM staff
         WHERE date_of_birth = ANY(${[...new Set(days)]}::date[]) AND merged_into IS NULL`,
  );
}
