import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows, type Sql, sql } from '../database/sql.js';

/** What the first-run checklist counts: the whole body, whoever asks (it says how far the set-up is). */
export interface SetupCounts {
  units: number;
  issuers: number;
  users: number;
  staff: number;
  /** Ratings and award records, counted up to HISTORY_COUNT_CAP. */
  history: number;
}

/** The checklist only needs to know there is history; counting a million rows for it would be waste. */
export const HISTORY_COUNT_CAP = 1000;

export interface DashboardUnitRow {
  id: string;
  code: string;
  name: string;
  path: string;
  /** Active staff whose own unit this is. */
  staff: number;
  /** Of them, without a rating for the round year. */
  unrated: number;
  /** The unit's own collective rating for the round year is recorded. */
  rated: boolean;
}

export interface RecordedCount {
  unitId: string;
  award: string;
  year: number;
  n: number;
}

export interface UnratedPerson {
  id: string;
  code: string;
  fullName: string;
  unitName: string;
}

/** `units u` limited to the user's scope (`path LIKE ANY(patterns)`), or every unit for null. */
const inScope = (patterns: string[] | null): Sql => sql`(${patterns}::text[] IS NULL OR u.path LIKE ANY(${patterns}::text[]))`;

/**
 * The home page's reads, each one statement whatever the number of units: grouped by unit in the
 * database, never a query per unit or per person.
 */
@Injectable()
export class HomeRepository {
  async setupCounts(manager: EntityManager): Promise<SetupCounts> {
    return one<SetupCounts>(
      manager,
      sql`SELECT (SELECT count(*) FROM units)::int AS units,
                 (SELECT count(*) FROM issuers)::int AS issuers,
                 (SELECT count(*) FROM users)::int AS users,
                 (SELECT coalesce(sum(n), 0) FROM staff_counts)::int AS staff,
                 (SELECT count(*) FROM (SELECT 1 FROM appraisals WHERE deleted_at IS NULL UNION ALL SELECT 1 FROM award_records WHERE deleted_at IS NULL LIMIT ${HISTORY_COUNT_CAP}) h)::int AS history`,
    );
  }

  /** The units in scope in tree order, with their active staff and how many of them have no rating for the year. */
  async units(manager: EntityManager, patterns: string[] | null, year: number): Promise<DashboardUnitRow[]> {
    return rows<DashboardUnitRow>(
      manager,
      sql`SELECT u.id, u.code, u.name, u.path,
                 coalesce(m.staff, 0)::int AS staff, coalesce(m.unrated, 0)::int AS unrated,
                 EXISTS (SELECT 1 FROM appraisals ua WHERE ua.unit_id = u.id AND ua.year = ${year} AND ua.deleted_at IS NULL) AS rated
            FROM units u
            LEFT JOIN (
              SELECT s.unit_id, count(*) AS staff, count(*) FILTER (WHERE a.id IS NULL) AS unrated
                FROM staff s
                LEFT JOIN appraisals a ON a.staff_id = s.id AND a.year = ${year} AND a.deleted_at IS NULL
               WHERE s.status = 'active'
               GROUP BY s.unit_id
            ) m ON m.unit_id = u.id
           WHERE ${inScope(patterns)}
           ORDER BY u.path`,
    );
  }

  /**
   * Award records in force (not revoked, not removed) per unit, award and year for a range of years: a person's
   * award counts for the person's unit, a collective's for the unit itself.
   */
  async recorded(manager: EntityManager, patterns: string[] | null, fromYear: number, toYear: number): Promise<RecordedCount[]> {
    return rows<RecordedCount>(
      manager,
      sql`SELECT u.id AS "unitId", r.award_type_code AS award, r.year::int AS year, count(*)::int AS n
            FROM award_records r
            LEFT JOIN staff s ON s.id = r.staff_id
            JOIN units u ON u.id = coalesce(r.unit_id, s.unit_id)
           WHERE r.year BETWEEN ${fromYear} AND ${toYear} AND r.revoked_at IS NULL AND r.deleted_at IS NULL AND ${inScope(patterns)}
           GROUP BY u.id, r.award_type_code, r.year`,
    );
  }

  /** The first active people in scope without a rating for the year, in name order. */
  async unratedPeople(manager: EntityManager, patterns: string[] | null, year: number, limit: number): Promise<UnratedPerson[]> {
    return rows<UnratedPerson>(
      manager,
      sql`SELECT s.id, s.code, s.full_name AS "fullName", u.name AS "unitName"
            FROM staff s JOIN units u ON u.id = s.unit_id
           WHERE s.status = 'active' AND ${inScope(patterns)}
             AND NOT EXISTS (SELECT 1 FROM appraisals a WHERE a.staff_id = s.id AND a.year = ${year} AND a.deleted_at IS NULL)
           ORDER BY s.sort_key, s.date_of_birth NULLS LAST, s.id
           LIMIT ${limit}`,
    );
  }
}
