import type { EntityManager } from 'typeorm';
import { one, rows, type Sql, sql } from '../database/sql.js';
import type { StaffListItem } from './staff.service.js';

/** Which staff a list shows; null = no such limit. */
export interface StaffFilter {
  /** `units.path LIKE ANY(...)` patterns of the user's scope. */
  scopePatterns: string[] | null;
  /** Folded (see foldForSearch) part of the name or code. */
  search: string | null;
  /** This unit and its sub-units. */
  unitId: string | null;
  status: 'active' | 'left' | null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/gu, (c) => `\\${c}`);

function staffFiltered(filter: StaffFilter): Sql {
  const search = filter.search === null ? null : `%${escapeLike(filter.search)}%`;
  return sql`staff s JOIN units u ON u.id = s.unit_id
  WHERE (${filter.scopePatterns}::text[] IS NULL OR u.path LIKE ANY(${filter.scopePatterns}::text[]))
    AND (${search}::text IS NULL OR s.search_text LIKE ${search})
    AND (${filter.unitId}::uuid IS NULL OR u.path LIKE (SELECT path FROM units WHERE id = ${filter.unitId}::uuid) || '%')
    AND (${filter.status}::text IS NULL OR s.status = ${filter.status})`;
}

/**
 * One page of the filtered staff in Vietnamese name order (computed sort key, compared byte-wise, so
 * paging is stable and right on both databases), each row with the count of the whole list.
 */
export async function staffPage(
  manager: EntityManager,
  filter: StaffFilter,
  page: { limit: number; offset: number },
): Promise<Array<StaffListItem & { total: number }>> {
  return rows<StaffListItem & { total: number }>(
    manager,
    sql`SELECT s.id, s.code, s.full_name AS "fullName", s.gender, s.date_of_birth AS "dateOfBirth", s.unit_id AS "unitId",
               s.position, s.started_on AS "startedOn", s.status, s.left_on AS "leftOn", u.name AS "unitName",
               count(*) OVER ()::int AS "total"
          FROM ${staffFiltered(filter)}
         ORDER BY s.sort_key, s.date_of_birth NULLS LAST, s.id
         LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

export async function countStaff(manager: EntityManager, filter: StaffFilter): Promise<number> {
  return (await one<{ total: number }>(manager, sql`SELECT count(*)::int AS total FROM ${staffFiltered(filter)}`)).total;
}
