import type { AwardFact, FreezeFact, StaffFacts, UnitFacts } from '../law/index.js';
import { AWARD_BASES, DISCIPLINE_LEVELS, INITIATIVE_LEVELS, type Rating, RATINGS } from '../kernel/index.js';

/**
 * Turns what the eligibility repository's queries answer into the facts the engine reads. Kept apart
 * from the SQL so that the unpacking, where a slip would silently shift every field, has a spec of
 * its own.
 *
 * Facts of staff cross from the database as ONE text per kind: records joined by ',', fields by ' '.
 * Every field packed this way is a number, a year, a code, a '0'/'1' or an ISO date ('-' for none), so
 * neither separator can occur inside one. A record names its person by number: person n is the n-th
 * of the list of people (1-based), not a 36-character uuid.
 */

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

/**
 * The packed texts of one load of staff facts, field order per record:
 * - appraisals: `n year rating`
 * - awards: `n year awardType basis revoked` (revoked '1' or '0')
 * - initiatives: `n year level`
 * - disciplines: `n level from to` (to '-' while still running)
 * and the freezes as plain rows (their reason is free text, which cannot be packed).
 */
export interface PackedStaffFacts {
  appraisals: string;
  awards: string;
  initiatives: string;
  disciplines: string;
  freezes: ReadonlyArray<{ n: number | string; reason: string; from: string; to: string | null }>;
}

/** No one chosen: the JSON text the people query answers then (and only then). */
export const NO_PEOPLE = '[]';

/** The people as one JSON array of `[id, code, fullName, unitId]`, with their units apart. */
export function readPeople(json: string, units: ReadonlyArray<Pick<UnitRow, 'id' | 'name' | 'path'>>): StaffRow[] {
  const list = JSON.parse(json) as Array<[string, string, string, string]>;
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  return list.map(([id, code, fullName, unitId]) => {
    const unit = unitById.get(unitId)!;
    return { id, code, fullName, unitId, unitName: unit.name, unitPath: unit.path };
  });
}

/** Each person's facts; a person with no record of a kind has an empty list (or map) of it. */
export function readStaffFacts(
  people: readonly StaffRow[],
  packed: PackedStaffFacts,
  awardTypes: readonly string[],
): Map<string, StaffFacts> {
  const facts = new Map<string, StaffFacts>();
  for (const row of people) {
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
  // Person number n is people[n - 1].
  const byNumber = people.map((row) => facts.get(row.id)!);
  const appraisals = new PackedReader(packed.appraisals);
  while (!appraisals.done) {
    const person = byNumber[appraisals.int() - 1];
    const year = appraisals.int();
    person.appraisals.set(year, appraisals.oneOf(RATINGS));
  }
  const awards = new PackedReader(packed.awards);
  while (!awards.done) {
    const person = byNumber[awards.int() - 1];
    const year = awards.int();
    const awardType = awards.oneOf(awardTypes);
    const basis = awards.oneOf(AWARD_BASES);
    person.awards.push({ awardType, year, basis, revoked: awards.int() === 1 });
  }
  const initiatives = new PackedReader(packed.initiatives);
  while (!initiatives.done) {
    const person = byNumber[initiatives.int() - 1];
    const year = initiatives.int();
    person.initiatives.push({ year, level: initiatives.oneOf(INITIATIVE_LEVELS) });
  }
  const disciplines = new PackedReader(packed.disciplines);
  while (!disciplines.done) {
    const person = byNumber[disciplines.int() - 1];
    const level = disciplines.oneOf(DISCIPLINE_LEVELS);
    const from = disciplines.word();
    person.disciplines.push({ level, from, to: orNull(disciplines.word()) });
  }
  for (const row of packed.freezes) {
    byNumber[Number(row.n) - 1].freezes.push({ reason: row.reason, from: row.from, to: row.to });
  }
  return facts;
}

/** The rows of a load of unit facts (a few hundred units at most: plain rows, not packed). */
export interface UnitFactRows {
  appraisals: ReadonlyArray<{ subjectId: string; year: number | string; rating: Rating }>;
  awards: ReadonlyArray<{ subjectId: string; awardType: string; year: number | string; basis: AwardFact['basis']; revoked: boolean }>;
  freezes: ReadonlyArray<{ subjectId: string; reason: string; from: string; to: string | null }>;
}

/**
 * Each unit's own facts and its members: everyone in `members` is placed in every unit of `units` on
 * their unit's path ('/a/b/c/' belongs to a, b and c), so a department counts the staff of its teams.
 */
export function readUnitFacts(units: readonly UnitRow[], rows: UnitFactRows, members: LoadedStaff): Map<string, UnitFacts> {
  const facts = new Map<string, UnitFacts>();
  for (const row of units) {
    facts.set(row.id, { unitId: row.id, appraisals: new Map(), awards: [], freezes: [], members: [] });
  }
  for (const row of rows.appraisals) {
    facts.get(row.subjectId)?.appraisals.set(Number(row.year), row.rating);
  }
  for (const row of rows.awards) {
    facts.get(row.subjectId)?.awards.push({ awardType: row.awardType, year: Number(row.year), basis: row.basis, revoked: row.revoked });
  }
  for (const row of rows.freezes) {
    facts.get(row.subjectId)?.freezes.push(toFreeze(row));
  }
  for (const row of members.rows) {
    const member = members.facts.get(row.id);
    if (!member) {
      continue;
    }
    for (const unitId of row.unitPath.split('/')) {
      facts.get(unitId)?.members.push(member);
    }
  }
  return facts;
}

const toFreeze = (row: FreezeFact): FreezeFact => ({ reason: row.reason, from: row.from, to: row.to });

const orNull = (value: string): string | null => (value === '-' ? null : value);

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
