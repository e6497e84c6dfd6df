import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows, type Sql, sql } from '../database/sql.js';
import {
  type LoadedStaff,
  type LoadedUnits,
  NO_PEOPLE,
  type PackedStaffFacts,
  readPeople,
  readStaffFacts,
  readUnitFacts,
  type StaffRow,
  type UnitFactRows,
  type UnitRow,
} from './packed-facts.js';

/** Which staff to load. */
export interface StaffSelection {
  /** `units.path LIKE ANY(...)` patterns of the user's scope; null = every unit. */
  scopePatterns: string[] | null;
  /** Only this unit and its sub-units (materialised path prefix); null = no such limit. */
  unitPath: string | null;
  /** Only this person; null = everyone the other filters let through. */
  staffId: string | null;
  /**
   * Only people in service during this year: not left before it began, not started after it ended.
   * Null = no such limit (a person asked about by id is evaluated whatever their status).
   */
  inServiceYear: number | null;
  /** Only these people (a page of a candidates list, those whose kept result is stale); absent = no such limit. */
  staffIds?: readonly string[];
}

/** Which units to load (collective awards); scope and subtree as for staff. */
export interface UnitSelection {
  scopePatterns: string[] | null;
  unitPath: string | null;
  unitId: string | null;
}

/** The slice of history the rulebook needs (see fact-needs.ts); everything else stays in the database. */
export interface FactWindow {
  /** First year read; null = every year. */
  fromYear: number | null;
  /** The proposal year: nothing later is read. */
  toYear: number;
  /** Award types the criteria look at. */
  awardTypes: readonly string[];
  /** Freezes overlapping this period block the award (the year, extended to the evaluation date). */
  freezeFrom: string;
  freezeTo: string;
}

/**
 * Which staff a load reads, as one fragment joined into every fact query, so 10,000 people cost one
 * query per kind of fact, and no list of ids ever travels to the database.
 */
export function staffFrom(selection: StaffSelection): Sql {
  const year = selection.inServiceYear;
  const yearStart = year === null ? null : `${year}-01-01`;
  const yearEnd = year === null ? null : `${year}-12-31`;
  return sql`
  staff s JOIN units u ON u.id = s.unit_id
  WHERE (${selection.scopePatterns}::text[] IS NULL OR u.path LIKE ANY(${selection.scopePatterns}::text[]))
    AND (${selection.unitPath}::text IS NULL OR u.path LIKE ${selection.unitPath}::text || '%')
    AND (${selection.staffId}::uuid IS NULL OR s.id = ${selection.staffId}::uuid)
    -- A record merged into another (staff merge) is that person's duplicate: in no list and no collective's
    -- members; asked about by id (its own page), it is still evaluated.
    AND (s.merged_into IS NULL OR ${selection.staffId}::uuid IS NOT NULL)
    AND (${yearStart}::date IS NULL OR ((s.status = 'active' OR s.left_on >= ${yearStart}::date) AND (s.started_on IS NULL OR s.started_on <= ${yearEnd}::date)))
    AND ${selection.staffIds === undefined ? sql`TRUE` : sql`s.id = ANY(${selection.staffIds}::uuid[])`}`;
}
export const STAFF_ORDER = sql`s.sort_key, s.date_of_birth NULLS LAST, s.id`;
/**
 * The chosen people, numbered 1… in name order. Packed facts name a person by this number, not by a
 * 36-character uuid: a third of the text to carry, and an array index instead of a map lookup. Every
 * query of a load runs in one REPEATABLE READ transaction and the order ends on the id, so the
 * numbers agree with the list of people from staffRows().
 */
const staffChosen = (selection: StaffSelection): Sql =>
  sql`WITH chosen AS (SELECT s.id, row_number() OVER (ORDER BY ${STAFF_ORDER}) AS n FROM ${staffFrom(selection)})`;

/** The units under the selection's scope and subtree (the units the chosen people can be in). */
const unitsUnder = (selection: Pick<StaffSelection | UnitSelection, 'scopePatterns' | 'unitPath'>): Sql =>
  sql`(${selection.scopePatterns}::text[] IS NULL OR u.path LIKE ANY(${selection.scopePatterns}::text[])) AND (${selection.unitPath}::text IS NULL OR u.path LIKE ${selection.unitPath}::text || '%')`;

const unitsFrom = (selection: UnitSelection): Sql => sql`
  units u
  WHERE ${unitsUnder(selection)}
    AND (${selection.unitId}::uuid IS NULL OR u.id = ${selection.unitId}::uuid)`;
const unitsChosen = (selection: UnitSelection): Sql => sql`WITH chosen AS (SELECT u.id FROM ${unitsFrom(selection)})`;

/** Years of the window on `column`: from the first year asked (none = every year) to the proposal year. */
const inYears = (column: Sql, window: FactWindow): Sql =>
  sql`(${window.fromYear}::int IS NULL OR ${column} >= ${window.fromYear}::int) AND ${column} <= ${window.toYear}::int`;

/**
 * Facts of staff cross from the database as ONE text per kind (the format and its reader are in
 * packed-facts.ts; the fields here go in the order it reads them). The embedded database hands rows
 * over slowly (≈ 10 µs each): 85,000 appraisals as rows take about a second there, as one text about
 * a fifth of that.
 */
const packed = (...fields: string[]): Sql => sql`coalesce(string_agg(concat_ws(' ', ${sql.join(fields.map(sql.raw))}), ','), '') AS packed`;

const packedText = async (manager: EntityManager, query: Sql): Promise<string> => (await one<{ packed: string }>(manager, query)).packed;
/**
 * Set-based loading of the facts the eligibility engine reads: the subjects with one query, then one
 * query per kind of fact for all of them, grouped in memory. Runs inside the caller's transaction
 * (the embedded database has a single connection, and all kinds of facts must come from one moment).
 */
/**
 * Set-based loading of the facts the eligibility engine reads: the subjects with one query, then one
 * query per kind of fact for all of them, grouped in memory. Runs inside the caller's transaction
 * (the embedded database has a single connection, and all kinds of facts must come from one moment).
 * Removed records (`deleted_at`, a correction's soft delete) count toward nothing; removing one is an
 * UPDATE, which bumps the subject's fact counter, so kept candidate results go stale at once.
 */
@Injectable()
export class EligibilityRepository {
  /** The selected staff and their facts within the window. */
  async loadStaff(manager: EntityManager, selection: StaffSelection, window: FactWindow): Promise<LoadedStaff> {
    const people = await this.staffRows(manager, selection);
    if (people.length === 0) {
      return { rows: people, facts: new Map() };
    }
    const chosen = staffChosen(selection);
    // Sequential on purpose: one connection on the embedded database, one transaction on both.
    const appraisals = await packedText(
      manager,
      sql`${chosen} SELECT ${packed('c.n', 'a.year', 'a.rating')}
            FROM appraisals a JOIN chosen c ON c.id = a.staff_id
           WHERE ${inYears(sql`a.year`, window)} AND a.deleted_at IS NULL`,
    );
    const awards = await packedText(
      manager,
      sql`${chosen} SELECT ${packed('c.n', 'a.year', 'a.award_type_code', 'a.basis', '(a.revoked_at IS NOT NULL)::int')}
            FROM award_records a JOIN chosen c ON c.id = a.staff_id
           WHERE ${inYears(sql`a.year`, window)} AND a.deleted_at IS NULL AND a.award_type_code = ANY(${window.awardTypes}::text[])`,
    );
    const initiatives = await packedText(
      manager,
      sql`${chosen} SELECT ${packed('c.n', 'i.year', 'i.level')}
            FROM initiatives i JOIN chosen c ON c.id = i.staff_id
           WHERE ${inYears(sql`i.year`, window)} AND i.deleted_at IS NULL`,
    );
    // A discipline counts for every year it touches; one that ended before the window touches none of it.
    const windowStart = window.fromYear === null ? null : `${window.fromYear}-01-01`;
    const disciplines = await packedText(
      manager,
      sql`${chosen} SELECT ${packed('c.n', 'd.level', 'd.starts_on::text', `coalesce(d.ends_on::text, '-')`)}
            FROM disciplines d JOIN chosen c ON c.id = d.staff_id
           WHERE d.deleted_at IS NULL AND d.starts_on <= ${`${window.toYear}-12-31`}::date AND (${windowStart}::date IS NULL OR d.ends_on IS NULL OR d.ends_on >= ${windowStart}::date)`,
    );
    // Free text (the reason) cannot be packed; freezes are few, so plain rows.
    const freezes = await rows<PackedStaffFacts['freezes'][number]>(
      manager,
      sql`${chosen} SELECT c.n, f.reason, f.starts_on::text AS "from", f.ends_on::text AS "to"
            FROM freezes f JOIN chosen c ON c.id = f.staff_id
           WHERE f.deleted_at IS NULL AND f.starts_on <= ${window.freezeTo}::date AND (f.ends_on IS NULL OR f.ends_on >= ${window.freezeFrom}::date)`,
    );
    return { rows: people, facts: readStaffFacts(people, { appraisals, awards, initiatives, disciplines, freezes }, window.awardTypes) };
  }

  /**
   * The selected units with their own facts and their members. The members of a collective (tập thể)
   * are the staff of the unit and of all its sub-units (a department's teams belong to it) who were in
   * service during the year; `members` holds everyone under the selected units, each placed in every
   * selected unit above them.
   */
  async loadUnits(manager: EntityManager, selection: UnitSelection, members: LoadedStaff, window: FactWindow): Promise<LoadedUnits> {
    const units = await rows<UnitRow>(manager, sql`SELECT u.id, u.code, u.name, u.path FROM ${unitsFrom(selection)} ORDER BY u.path`);
    if (units.length === 0) {
      return { rows: units, facts: new Map() };
    }
    const chosen = unitsChosen(selection);
    // A few hundred units at most: plain rows.
    const appraisals = await rows<UnitFactRows['appraisals'][number]>(
      manager,
      sql`${chosen} SELECT a.unit_id AS "subjectId", a.year, a.rating FROM appraisals a JOIN chosen c ON c.id = a.unit_id
           WHERE ${inYears(sql`a.year`, window)} AND a.deleted_at IS NULL`,
    );
    const awards = await rows<UnitFactRows['awards'][number]>(
      manager,
      sql`${chosen} SELECT a.unit_id AS "subjectId", a.award_type_code AS "awardType", a.year, a.basis, a.revoked_at IS NOT NULL AS revoked
            FROM award_records a JOIN chosen c ON c.id = a.unit_id
           WHERE ${inYears(sql`a.year`, window)} AND a.deleted_at IS NULL AND a.award_type_code = ANY(${window.awardTypes}::text[])`,
    );
    const freezes = await rows<UnitFactRows['freezes'][number]>(
      manager,
      sql`${chosen} SELECT f.unit_id AS "subjectId", f.reason, f.starts_on::text AS "from", f.ends_on::text AS "to"
            FROM freezes f JOIN chosen c ON c.id = f.unit_id
           WHERE f.deleted_at IS NULL AND f.starts_on <= ${window.freezeTo}::date AND (f.ends_on IS NULL OR f.ends_on >= ${window.freezeFrom}::date)`,
    );
    return { rows: units, facts: readUnitFacts(units, { appraisals, awards, freezes }, members) };
  }

  /**
   * The people in Vietnamese name order, as one JSON text (names are free text, so not packed), and
   * their units apart: a unit's name and path would otherwise cross once per person.
   */
  private async staffRows(manager: EntityManager, selection: StaffSelection): Promise<StaffRow[]> {
    const { people } = await one<{ people: string }>(
      manager,
      sql`SELECT coalesce(json_agg(json_build_array(s.id, s.code, s.full_name, s.unit_id) ORDER BY ${STAFF_ORDER}), ${NO_PEOPLE})::text AS people
            FROM ${staffFrom(selection)}`,
    );
    if (people === NO_PEOPLE) {
      return [];
    }
    const units = await rows<{ id: string; name: string; path: string }>(
      manager,
      sql`SELECT u.id, u.name, u.path FROM units u WHERE ${unitsUnder(selection)}`,
    );
    return readPeople(people, units);
  }
}
