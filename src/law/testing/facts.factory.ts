import type { AwardFact, DisciplineFact, FreezeFact, InitiativeFact, StaffFacts, UnitFacts } from '../facts.js';
import { type AwardCode, type DisciplineLevel, type InitiativeLevel, type Rating } from '../../kernel/index.js';

/** Small builders for spec files: each returns plain facts with sensible defaults. */

let nextId = 1;

export function ratings(byYear: Record<number, Rating>): Map<number, Rating> {
  return new Map(Object.entries(byYear).map(([year, rating]) => [Number(year), rating]));
}

/** The same rating for every year of `years`. */
export function ratingsFor(years: readonly number[], rating: Rating): Record<number, Rating> {
  return Object.fromEntries(years.map((year) => [year, rating]));
}

export function award(awardType: AwardCode, year: number, overrides: Partial<AwardFact> = {}): AwardFact {
  return { awardType, year, revoked: false, basis: 'regular', ...overrides };
}

/** One regular award of `awardType` for every year given. */
export function awardsFor(awardType: AwardCode, years: readonly number[]): AwardFact[] {
  return years.map((year) => award(awardType, year));
}

export function initiative(year: number, level: InitiativeLevel = 'grassroots'): InitiativeFact {
  return { year, level };
}

export function discipline(level: DisciplineLevel, from: string, to: string | null): DisciplineFact {
  return { level, from, to };
}

export function freeze(reason: string, from: string, to: string | null): FreezeFact {
  return { reason, from, to };
}

export interface StaffInput {
  staffId?: string;
  fullName?: string;
  ratings?: Record<number, Rating>;
  awards?: AwardFact[];
  initiatives?: InitiativeFact[];
  disciplines?: DisciplineFact[];
  freezes?: FreezeFact[];
}

export function buildStaff(input: StaffInput = {}): StaffFacts {
  const staffId = input.staffId ?? `staff-${nextId++}`;
  return {
    staffId,
    ...(input.fullName === undefined ? {} : { fullName: input.fullName }),
    appraisals: ratings(input.ratings ?? {}),
    awards: input.awards ?? [],
    initiatives: input.initiatives ?? [],
    disciplines: input.disciplines ?? [],
    freezes: input.freezes ?? [],
  };
}

export interface UnitInput {
  unitId?: string;
  ratings?: Record<number, Rating>;
  awards?: AwardFact[];
  freezes?: FreezeFact[];
  members?: StaffFacts[];
}

export function buildUnit(input: UnitInput = {}): UnitFacts {
  return {
    unitId: input.unitId ?? `unit-${nextId++}`,
    appraisals: ratings(input.ratings ?? {}),
    awards: input.awards ?? [],
    freezes: input.freezes ?? [],
    members: input.members ?? [],
  };
}

/** `count` members who meet LĐTT in `year` by its criteria (rated good, nothing blocking). */
export function membersMeetingLdtt(count: number, year: number, rating: Rating = 'good'): StaffFacts[] {
  return Array.from({ length: count }, () => buildStaff({ ratings: { [year]: rating } }));
}

/** `count` members who do not meet LĐTT in `year` (rated only "completed"). */
export function membersMissingLdtt(count: number, year: number): StaffFacts[] {
  return Array.from({ length: count }, () => buildStaff({ ratings: { [year]: 'completed' } }));
}
