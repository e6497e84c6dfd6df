import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AwardFact,
  DisciplineFact,
  DisciplineLevel,
  FreezeFact,
  InitiativeFact,
  InitiativeLevel,
  Rating,
  StaffFacts,
  UnitFacts,
} from './index.js';

/**
 * Which staff to load. The same filter is joined into every fact query, so 10,000 people cost one
 * query per kind of fact, and no list of ids ever travels to the database.
 */
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

export interface StaffRow {
  id: string;
  code: string;
  fullName: string;
  unitId: string;
  unitName: string;
  unitPath: string;
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  path: string;
}

export interface LoadedStaff {
  /** In Vietnamese name order (sort key, then date of birth, then id). */
  rows: StaffRow[];
  facts: Map<string, StaffFacts>;
}

export interface LoadedUnits {
  rows: UnitRow[];
  facts: Map<string, UnitFacts>;
}

// Positional parameters shared by every query: $1–$5 select the subjects, $6– describe the window.
const STAFF_FROM = `
  staff s JOIN units u ON u.id = s.unit_id
  WHERE ($1::text[] IS NULL OR u.path LIKE ANY($1::text[]))
    AND ($2::text IS NULL OR u.path LIKE $2::text || '%')
    AND ($3::uuid IS NULL OR s.id = $3::uuid)
    AND ($4::date IS NULL OR ((s.status = 'active' OR s.left_on >= $4::date) AND (s.started_on IS NULL OR s.started_on <= $5::date)))`;

const UNITS_FROM = `
  units u
  WHERE ($1::text[] IS NULL OR u.path LIKE ANY($1::text[]))
    AND ($2::text IS NULL OR u.path LIKE $2::text || '%')
    AND ($3::uuid IS NULL OR u.id = $3::uuid)`;

interface SubjectFactRow {
  subjectId: string;
}
type AppraisalRow = SubjectFactRow & { year: number; rating: Rating };
type AwardRow = SubjectFactRow & { awardType: string; year: number; basis: AwardFact['basis']; revoked: boolean };
type InitiativeRow = SubjectFactRow & { year: number; level: InitiativeLevel };
type DisciplineRow = SubjectFactRow & { level: DisciplineLevel; from: string; to: string | null };
type FreezeRow = SubjectFactRow & { reason: string; from: string; to: string | null };

/**
 * Set-based loading of the facts the eligibility engine reads: the subjects with one query, then one
 * query per kind of fact for all of them, grouped in memory. Runs inside the caller's transaction
 * (the embedded database has a single connection).
 */
@Injectable()
export class EligibilityRepository {
  async findStaff(manager: EntityManager, staffId: string): Promise<StaffRow | null> {
    const rows = await this.staffRows(manager, { scopePatterns: null, unitPath: null, staffId, inServiceYear: null });
    return rows[0] ?? null;
  }

  async findUnit(manager: EntityManager, unitId: string): Promise<UnitRow | null> {
    const rows = await this.unitRows(manager, { scopePatterns: null, unitPath: null, unitId });
    return rows[0] ?? null;
  }

  /** The selected staff and their facts within the window. */
  async loadStaff(manager: EntityManager, selection: StaffSelection, window: FactWindow): Promise<LoadedStaff> {
    const rows = await this.staffRows(manager, selection);
    const facts = new Map<string, StaffFacts>();
    for (const row of rows) {
      facts.set(row.id, {
        staffId: row.id,
        fullName: row.fullName,
        appraisals: new Map(),
        awards: [],
        initiatives: [],
        disciplines: [],
        freezes: [],
      });
    }
    if (rows.length === 0) {
      return { rows, facts };
    }
    const selected = staffParams(selection);
    const years = [...selected, window.fromYear, window.toYear];
    const chosen = `WITH chosen AS (SELECT s.id FROM ${STAFF_FROM})`;

    // Sequential on purpose: one connection on the embedded database, one transaction on both.
    const appraisals = (await manager.query(
      `${chosen} SELECT a.staff_id AS "subjectId", a.year, a.rating FROM appraisals a JOIN chosen c ON c.id = a.staff_id
        WHERE ($6::int IS NULL OR a.year >= $6::int) AND a.year <= $7::int`,
      years,
    )) as AppraisalRow[];
    const awards = (await manager.query(
      `${chosen} SELECT a.staff_id AS "subjectId", a.award_type_code AS "awardType", a.year, a.basis,
              a.revoked_at IS NOT NULL AS revoked
         FROM award_records a JOIN chosen c ON c.id = a.staff_id
        WHERE ($6::int IS NULL OR a.year >= $6::int) AND a.year <= $7::int AND a.award_type_code = ANY($8::text[])`,
      [...years, window.awardTypes],
    )) as AwardRow[];
    const initiatives = (await manager.query(
      `${chosen} SELECT i.staff_id AS "subjectId", i.year, i.level FROM initiatives i JOIN chosen c ON c.id = i.staff_id
        WHERE ($6::int IS NULL OR i.year >= $6::int) AND i.year <= $7::int`,
      years,
    )) as InitiativeRow[];
    // A discipline counts for every year it touches; one that ended before the window touches none of it.
    const disciplines = (await manager.query(
      `${chosen} SELECT d.staff_id AS "subjectId", d.level, d.starts_on::text AS "from", d.ends_on::text AS "to"
         FROM disciplines d JOIN chosen c ON c.id = d.staff_id
        WHERE d.starts_on <= $7::date AND ($6::date IS NULL OR d.ends_on IS NULL OR d.ends_on >= $6::date)`,
      [...selected, window.fromYear === null ? null : `${window.fromYear}-01-01`, `${window.toYear}-12-31`],
    )) as DisciplineRow[];
    const freezes = (await manager.query(
      `${chosen} SELECT f.staff_id AS "subjectId", f.reason, f.starts_on::text AS "from", f.ends_on::text AS "to"
         FROM freezes f JOIN chosen c ON c.id = f.staff_id
        WHERE f.starts_on <= $7::date AND (f.ends_on IS NULL OR f.ends_on >= $6::date)`,
      [...selected, window.freezeFrom, window.freezeTo],
    )) as FreezeRow[];

    for (const row of appraisals) {
      facts.get(row.subjectId)?.appraisals.set(Number(row.year), row.rating);
    }
    for (const row of awards) {
      facts.get(row.subjectId)?.awards.push(toAward(row));
    }
    for (const row of initiatives) {
      facts.get(row.subjectId)?.initiatives.push({ year: Number(row.year), level: row.level } satisfies InitiativeFact);
    }
    for (const row of disciplines) {
      facts.get(row.subjectId)?.disciplines.push({ level: row.level, from: row.from, to: row.to } satisfies DisciplineFact);
    }
    for (const row of freezes) {
      facts.get(row.subjectId)?.freezes.push(toFreeze(row));
    }
    return { rows, facts };
  }

  /**
   * The selected units with their own facts and their members. The members of a collective (tập thể)
   * are the staff of the unit and of all its sub-units (a department's teams belong to it) who were in
   * service during the year; `members` holds everyone under the selected units, each placed in every
   * selected unit above them.
   */
  async loadUnits(manager: EntityManager, selection: UnitSelection, members: LoadedStaff, window: FactWindow): Promise<LoadedUnits> {
    const rows = await this.unitRows(manager, selection);
    const facts = new Map<string, UnitFacts>();
    for (const row of rows) {
      facts.set(row.id, { unitId: row.id, appraisals: new Map(), awards: [], freezes: [], members: [] });
    }
    if (rows.length === 0) {
      return { rows, facts };
    }
    const selected = [selection.scopePatterns, selection.unitPath, selection.unitId];
    const params = [...selected, window.fromYear, window.toYear];
    const chosen = `WITH chosen AS (SELECT u.id FROM ${UNITS_FROM})`;
    const appraisals = (await manager.query(
      `${chosen} SELECT a.unit_id AS "subjectId", a.year, a.rating FROM appraisals a JOIN chosen c ON c.id = a.unit_id
        WHERE ($4::int IS NULL OR a.year >= $4::int) AND a.year <= $5::int`,
      params,
    )) as AppraisalRow[];
    const awards = (await manager.query(
      `${chosen} SELECT a.unit_id AS "subjectId", a.award_type_code AS "awardType", a.year, a.basis,
              a.revoked_at IS NOT NULL AS revoked
         FROM award_records a JOIN chosen c ON c.id = a.unit_id
        WHERE ($4::int IS NULL OR a.year >= $4::int) AND a.year <= $5::int AND a.award_type_code = ANY($6::text[])`,
      [...params, window.awardTypes],
    )) as AwardRow[];
    const freezes = (await manager.query(
      `${chosen} SELECT f.unit_id AS "subjectId", f.reason, f.starts_on::text AS "from", f.ends_on::text AS "to"
         FROM freezes f JOIN chosen c ON c.id = f.unit_id
        WHERE f.starts_on <= $5::date AND (f.ends_on IS NULL OR f.ends_on >= $4::date)`,
      [...selected, window.freezeFrom, window.freezeTo],
    )) as FreezeRow[];

    for (const row of appraisals) {
      facts.get(row.subjectId)?.appraisals.set(Number(row.year), row.rating);
    }
    for (const row of awards) {
      facts.get(row.subjectId)?.awards.push(toAward(row));
    }
    for (const row of freezes) {
      facts.get(row.subjectId)?.freezes.push(toFreeze(row));
    }
    placeMembers(facts, members);
    return { rows, facts };
  }

  private async staffRows(manager: EntityManager, selection: StaffSelection): Promise<StaffRow[]> {
    return (await manager.query(
      `SELECT s.id, s.code, s.full_name AS "fullName", s.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath"
         FROM ${STAFF_FROM}
        ORDER BY s.sort_key, s.date_of_birth NULLS LAST, s.id`,
      staffParams(selection),
    )) as StaffRow[];
  }

  private async unitRows(manager: EntityManager, selection: UnitSelection): Promise<UnitRow[]> {
    return (await manager.query(`SELECT u.id, u.code, u.name, u.path FROM ${UNITS_FROM} ORDER BY u.path`, [
      selection.scopePatterns,
      selection.unitPath,
      selection.unitId,
    ])) as UnitRow[];
  }
}

function staffParams(selection: StaffSelection): unknown[] {
  const year = selection.inServiceYear;
  return [
    selection.scopePatterns,
    selection.unitPath,
    selection.staffId,
    year === null ? null : `${year}-01-01`,
    year === null ? null : `${year}-12-31`,
  ];
}

function toAward(row: AwardRow): AwardFact {
  return { awardType: row.awardType, year: Number(row.year), basis: row.basis, revoked: row.revoked };
}

function toFreeze(row: FreezeRow): FreezeFact {
  return { reason: row.reason, from: row.from, to: row.to };
}

/** Each person joins every selected unit on their unit's path: '/a/b/c/' belongs to a, b and c. */
function placeMembers(units: Map<string, UnitFacts>, members: LoadedStaff): void {
  for (const row of members.rows) {
    const member = members.facts.get(row.id);
    if (!member) {
      continue;
    }
    for (const unitId of row.unitPath.split('/')) {
      units.get(unitId)?.members.push(member);
    }
  }
}
