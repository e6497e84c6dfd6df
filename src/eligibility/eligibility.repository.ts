import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AwardFact, FreezeFact, StaffFacts, UnitFacts } from '../law/index.js';
import { AWARD_BASES, DISCIPLINE_LEVELS, INITIATIVE_LEVELS, type Rating, RATINGS } from '../kernel/index.js';

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

// Positional parameters shared by every staff query: $1–$5 select the people, $6– describe the window.
const STAFF_FROM = `
  staff s JOIN units u ON u.id = s.unit_id
  WHERE ($1::text[] IS NULL OR u.path LIKE ANY($1::text[]))
    AND ($2::text IS NULL OR u.path LIKE $2::text || '%')
    AND ($3::uuid IS NULL OR s.id = $3::uuid)
    AND ($4::date IS NULL OR ((s.status = 'active' OR s.left_on >= $4::date) AND (s.started_on IS NULL OR s.started_on <= $5::date)))`;
const STAFF_ORDER = `s.sort_key, s.date_of_birth NULLS LAST, s.id`;
/**
 * The chosen people, numbered 1… in name order. Packed facts name a person by this number, not by a
 * 36-character uuid: a third of the text to carry, and an array index instead of a map lookup. Every
 * query of a load runs in one REPEATABLE READ transaction and the order ends on the id, so the
 * numbers agree with the list of people from staffRows().
 */
const STAFF_CHOSEN = `WITH chosen AS (SELECT s.id, row_number() OVER (ORDER BY ${STAFF_ORDER}) AS n FROM ${STAFF_FROM})`;

// $1–$3 select the units.
const UNITS_FROM = `
  units u
  WHERE ($1::text[] IS NULL OR u.path LIKE ANY($1::text[]))
    AND ($2::text IS NULL OR u.path LIKE $2::text || '%')
    AND ($3::uuid IS NULL OR u.id = $3::uuid)`;
const UNITS_CHOSEN = `WITH chosen AS (SELECT u.id FROM ${UNITS_FROM})`;

/**
 * Facts cross from the database as ONE text per kind: records joined by ',', fields by ' '. Every field
 * packed this way is a number, a year, a code, a '0'/'1' or an ISO date ('-' for none), so neither
 * separator can occur inside one. The embedded database hands rows over slowly (≈ 10 µs each): 85,000
 * appraisals as rows take about a second there, as one text about a fifth of that.
 */
const packed = (...fields: string[]): string => `coalesce(string_agg(concat_ws(' ', ${fields.join(', ')}), ','), '') AS packed`;

const SPACE = 32;
const COMMA = 44;

/**
 * Reads packed records field by field without splitting the text: numbers digit by digit, words cut
 * once. Splitting 85,000 records into arrays costs ten times as much, most of it in the garbage
 * collector.
 */
class PackedReader {
  private position = 0;

  constructor(private readonly text: string) {}

  static of(rows: unknown): PackedReader {
    return new PackedReader((rows as Array<{ packed: string }>)[0]?.packed ?? '');
  }

  get done(): boolean {
    return this.position >= this.text.length;
  }

  int(): number {
    let value = 0;
    let code = this.text.charCodeAt(this.position);
    while (code !== SPACE && code !== COMMA && this.position < this.text.length) {
      value = value * 10 + code - 48;
      code = this.text.charCodeAt(++this.position);
    }
    this.position += 1;
    return value;
  }

  word(): string {
    const start = this.position;
    const end = this.skipWord();
    return this.text.slice(start, end);
  }

  /**
   * The next word, which must be one of `options`, returned as that option: no new string per record
   * (85,000 ratings would otherwise be 85,000 small strings for the garbage collector).
   */
  oneOf<T extends string>(options: readonly T[]): T {
    const start = this.position;
    const end = this.skipWord();
    // A plain loop: this runs once per record, and a closure per call would be garbage too.
    for (const option of options) {
      if (option.length === end - start && this.text.startsWith(option, start)) {
        return option;
      }
    }
    return this.text.slice(start, end) as T;
  }

  /** Moves past the word and its separator; returns where the word ended. */
  private skipWord(): number {
    let code = this.text.charCodeAt(this.position);
    while (code !== SPACE && code !== COMMA && this.position < this.text.length) {
      code = this.text.charCodeAt(++this.position);
    }
    this.position += 1;
    return this.position - 1;
  }
}

const orNull = (value: string): string | null => (value === '-' ? null : value);

/**
 * Set-based loading of the facts the eligibility engine reads: the subjects with one query, then one
 * query per kind of fact for all of them, grouped in memory. Runs inside the caller's transaction
 * (the embedded database has a single connection, and all kinds of facts must come from one moment).
 */
@Injectable()
export class EligibilityRepository {
  async findStaff(manager: EntityManager, staffId: string): Promise<StaffRow | null> {
    const [row] = (await manager.query(
      `SELECT s.id, s.code, s.full_name AS "fullName", s.unit_id AS "unitId", u.name AS "unitName", u.path AS "unitPath"
         FROM staff s JOIN units u ON u.id = s.unit_id WHERE s.id = $1`,
      [staffId],
    )) as StaffRow[];
    return row ?? null;
  }

  async findUnit(manager: EntityManager, unitId: string): Promise<UnitRow | null> {
    const [row] = (await manager.query(`SELECT id, code, name, path FROM units WHERE id = $1`, [unitId])) as UnitRow[];
    return row ?? null;
  }

  /** The selected staff and their facts within the window. */
  async loadStaff(manager: EntityManager, selection: StaffSelection, window: FactWindow): Promise<LoadedStaff> {
    const selected = staffParams(selection);
    const rows = await this.staffRows(manager, selected);
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
    const years = [...selected, window.fromYear, window.toYear];
    // Sequential on purpose: one connection on the embedded database, one transaction on both.
    const appraisals = PackedReader.of(
      await manager.query(
        `${STAFF_CHOSEN} SELECT ${packed('c.n', 'a.year', 'a.rating')}
           FROM appraisals a JOIN chosen c ON c.id = a.staff_id
          WHERE ($6::int IS NULL OR a.year >= $6::int) AND a.year <= $7::int`,
        years,
      ),
    );
    const awards = PackedReader.of(
      await manager.query(
        `${STAFF_CHOSEN} SELECT ${packed('c.n', 'a.year', 'a.award_type_code', 'a.basis', '(a.revoked_at IS NOT NULL)::int')}
           FROM award_records a JOIN chosen c ON c.id = a.staff_id
          WHERE ($6::int IS NULL OR a.year >= $6::int) AND a.year <= $7::int AND a.award_type_code = ANY($8::text[])`,
        [...years, window.awardTypes],
      ),
    );
    const initiatives = PackedReader.of(
      await manager.query(
        `${STAFF_CHOSEN} SELECT ${packed('c.n', 'i.year', 'i.level')}
           FROM initiatives i JOIN chosen c ON c.id = i.staff_id
          WHERE ($6::int IS NULL OR i.year >= $6::int) AND i.year <= $7::int`,
        years,
      ),
    );
    // A discipline counts for every year it touches; one that ended before the window touches none of it.
    const disciplines = PackedReader.of(
      await manager.query(
        `${STAFF_CHOSEN} SELECT ${packed('c.n', 'd.level', 'd.starts_on::text', `coalesce(d.ends_on::text, '-')`)}
           FROM disciplines d JOIN chosen c ON c.id = d.staff_id
          WHERE d.starts_on <= $7::date AND ($6::date IS NULL OR d.ends_on IS NULL OR d.ends_on >= $6::date)`,
        [...selected, window.fromYear === null ? null : `${window.fromYear}-01-01`, `${window.toYear}-12-31`],
      ),
    );
    // Free text (the reason) cannot be packed; freezes are few, so plain rows.
    const freezes = (await manager.query(
      `${STAFF_CHOSEN} SELECT c.n, f.reason, f.starts_on::text AS "from", f.ends_on::text AS "to"
         FROM freezes f JOIN chosen c ON c.id = f.staff_id
        WHERE f.starts_on <= $7::date AND (f.ends_on IS NULL OR f.ends_on >= $6::date)`,
      [...selected, window.freezeFrom, window.freezeTo],
    )) as Array<Omit<FreezeRow, 'subjectId'> & { n: number | string }>;

    // Person number n is rows[n - 1].
    const byNumber = rows.map((row) => facts.get(row.id)!);
    while (!appraisals.done) {
      const person = byNumber[appraisals.int() - 1];
      const year = appraisals.int();
      person.appraisals.set(year, appraisals.oneOf(RATINGS));
    }
    while (!awards.done) {
      const person = byNumber[awards.int() - 1];
      const year = awards.int();
      const awardType = awards.oneOf(window.awardTypes);
      const basis = awards.oneOf(AWARD_BASES);
      person.awards.push({ awardType, year, basis, revoked: awards.int() === 1 });
    }
    while (!initiatives.done) {
      const person = byNumber[initiatives.int() - 1];
      const year = initiatives.int();
      person.initiatives.push({ year, level: initiatives.oneOf(INITIATIVE_LEVELS) });
    }
    while (!disciplines.done) {
      const person = byNumber[disciplines.int() - 1];
      const level = disciplines.oneOf(DISCIPLINE_LEVELS);
      const from = disciplines.word();
      person.disciplines.push({ level, from, to: orNull(disciplines.word()) });
    }
    for (const row of freezes) {
      byNumber[Number(row.n) - 1].freezes.push({ reason: row.reason, from: row.from, to: row.to });
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
    const selected = [selection.scopePatterns, selection.unitPath, selection.unitId];
    const rows = (await manager.query(`SELECT u.id, u.code, u.name, u.path FROM ${UNITS_FROM} ORDER BY u.path`, selected)) as UnitRow[];
    const facts = new Map<string, UnitFacts>();
    for (const row of rows) {
      facts.set(row.id, { unitId: row.id, appraisals: new Map(), awards: [], freezes: [], members: [] });
    }
    if (rows.length === 0) {
      return { rows, facts };
    }
    // A few hundred units at most: plain rows.
    const years = [...selected, window.fromYear, window.toYear];
    const appraisals = (await manager.query(
      `${UNITS_CHOSEN} SELECT a.unit_id AS "subjectId", a.year, a.rating FROM appraisals a JOIN chosen c ON c.id = a.unit_id
        WHERE ($4::int IS NULL OR a.year >= $4::int) AND a.year <= $5::int`,
      years,
    )) as Array<{ subjectId: string; year: number; rating: Rating }>;
    const awards = (await manager.query(
      `${UNITS_CHOSEN} SELECT a.unit_id AS "subjectId", a.award_type_code AS "awardType", a.year, a.basis, a.revoked_at IS NOT NULL AS revoked
         FROM award_records a JOIN chosen c ON c.id = a.unit_id
        WHERE ($4::int IS NULL OR a.year >= $4::int) AND a.year <= $5::int AND a.award_type_code = ANY($6::text[])`,
      [...years, window.awardTypes],
    )) as Array<{ subjectId: string; awardType: string; year: number; basis: AwardFact['basis']; revoked: boolean }>;
    const freezes = (await manager.query(
      `${UNITS_CHOSEN} SELECT f.unit_id AS "subjectId", f.reason, f.starts_on::text AS "from", f.ends_on::text AS "to"
         FROM freezes f JOIN chosen c ON c.id = f.unit_id
        WHERE f.starts_on <= $5::date AND (f.ends_on IS NULL OR f.ends_on >= $4::date)`,
      [...selected, window.freezeFrom, window.freezeTo],
    )) as FreezeRow[];

    for (const row of appraisals) {
      facts.get(row.subjectId)?.appraisals.set(Number(row.year), row.rating);
    }
    for (const row of awards) {
      facts.get(row.subjectId)?.awards.push({ awardType: row.awardType, year: Number(row.year), basis: row.basis, revoked: row.revoked });
    }
    for (const row of freezes) {
      facts.get(row.subjectId)?.freezes.push(toFreeze(row));
    }
    placeMembers(facts, members);
    return { rows, facts };
  }

  /**
   * The people in Vietnamese name order, as one JSON text (names are free text, so not packed), and
   * their units apart: a unit's name and path would otherwise cross once per person.
   */
  private async staffRows(manager: EntityManager, selected: unknown[]): Promise<StaffRow[]> {
    const [{ people }] = (await manager.query(
      `SELECT coalesce(json_agg(json_build_array(s.id, s.code, s.full_name, s.unit_id) ORDER BY ${STAFF_ORDER}), '[]')::text AS people
         FROM ${STAFF_FROM}`,
      selected,
    )) as Array<{ people: string }>;
    const list = JSON.parse(people) as Array<[string, string, string, string]>;
    if (list.length === 0) {
      return [];
    }
    const units = (await manager.query(
      `SELECT u.id, u.name, u.path FROM units u WHERE ($1::text[] IS NULL OR u.path LIKE ANY($1::text[])) AND ($2::text IS NULL OR u.path LIKE $2::text || '%')`,
      selected.slice(0, 2),
    )) as Array<{ id: string; name: string; path: string }>;
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    return list.map(([id, code, fullName, unitId]) => {
      const unit = unitById.get(unitId)!;
      return { id, code, fullName, unitId, unitName: unit.name, unitPath: unit.path };
    });
  }
}

interface FreezeRow {
  subjectId: string;
  reason: string;
  from: string;
  to: string | null;
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
