import { evaluateStaff, evaluateUnit } from './evaluate.js';
import { earliestYearNeeded, factNeeds, type FactNeeds } from './fact-needs.js';
import { type StaffFacts, type UnitFacts } from './facts.js';
import { overlaps, yearEnd, yearStart } from './periods.js';
import { DEFAULT_PROVINCE_RULES } from './provinces/default-province.js';
import { rulebookFor } from './rulebooks/rulebook-for.js';
import { award, buildStaff, buildUnit, discipline, freeze, initiative } from './testing/facts.factory.js';
import { AWARD_CODES, type AwardCode, type DisciplineLevel, type InitiativeLevel, type Rating } from '../kernel/index.js';

const RULEBOOK = rulebookFor('2025-12-31');
const needsOf = (code: AwardCode, subject: 'staff' | 'unit'): FactNeeds => factNeeds(RULEBOOK, DEFAULT_PROVINCE_RULES, code, subject);

describe('fact needs: the history window each award reads, derived from the rulebook', () => {
  it('LĐTT and CSTĐCS read only the proposal year (Law Art. 24, 23: same-round LĐTT inside CSTĐCS)', () => {
    expect(needsOf('LDTT', 'staff')).toEqual({ lookbackYears: 0, awardTypes: ['LDTT'] });
    expect(needsOf('CSTDCS', 'staff')).toEqual({ lookbackYears: 0, awardTypes: ['CSTDCS', 'LDTT'] });
  });

  it('CSTĐ tỉnh reads 3 years of CSTĐCS (Law Art. 22(1)); CSTĐ toàn quốc 2 CSTĐ tỉnh ending this or last year (Art. 21)', () => {
    expect(needsOf('CSTD_TINH', 'staff')).toEqual({ lookbackYears: 2, awardTypes: ['CSTDCS', 'CSTD_TINH'] });
    expect(needsOf('CSTD_TOAN_QUOC', 'staff').lookbackYears).toBe(2);
  });

  it('Bằng khen tỉnh, Bằng khen TTg and HCLĐ hạng Ba read every year: runs of ratings have no fixed length (Art. 74, 73, 44)', () => {
    expect(needsOf('BANG_KHEN_TINH', 'staff').lookbackYears).toBeNull();
    expect(needsOf('BANG_KHEN_TTG', 'staff')).toEqual({
      lookbackYears: null,
      awardTypes: ['BANG_KHEN_TINH', 'BANG_KHEN_TTG', 'CSTDCS'],
    });
    expect(needsOf('HCLD_HANG_BA', 'staff').awardTypes).toEqual(['BANG_KHEN_TTG', 'CSTDCS', 'HCLD_HANG_BA']);
  });

  it('collective titles read their members’ LĐTT / CSTĐCS of the same year (Law Art. 27, 28)', () => {
    expect(needsOf('TTLDTT', 'unit')).toEqual({ lookbackYears: 0, awardTypes: ['LDTT', 'TTLDTT'] });
    expect(needsOf('TTLDXS', 'unit')).toEqual({ lookbackYears: 0, awardTypes: ['CSTDCS', 'LDTT', 'TTLDXS'] });
    expect(needsOf('BANG_KHEN_TINH', 'unit')).toEqual({ lookbackYears: 1, awardTypes: ['BANG_KHEN_TINH', 'TTLDXS'] });
  });

  it('earliestYearNeeded turns the lookback into a year', () => {
    expect(earliestYearNeeded(needsOf('CSTD_TINH', 'staff'), 2025)).toBe(2023);
    expect(earliestYearNeeded(needsOf('BANG_KHEN_TTG', 'staff'), 2025)).toBeNull();
  });
});

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const RATINGS: Rating[] = ['excellent', 'good', 'good', 'completed', 'not_completed'];
const LEVELS: InitiativeLevel[] = ['grassroots', 'grassroots', 'provincial', 'national'];
const DISCIPLINES: DisciplineLevel[] = ['reprimand', 'warning', 'demotion'];
const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

function randomStaff(next: () => number): StaffFacts {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const ratings: Record<number, Rating> = {};
  for (const year of YEARS) {
    if (next() < 0.9) {
      ratings[year] = next() < 0.5 ? 'excellent' : pick(RATINGS);
    }
  }
  const awards = YEARS.flatMap((year) =>
    AWARD_CODES.filter(() => next() < 0.25).map((code) =>
      award(code, year, { revoked: next() < 0.1, basis: next() < 0.1 ? 'ad_hoc' : 'regular' }),
    ),
  );
  const initiatives = YEARS.filter(() => next() < 0.35).map((year) => initiative(year, pick(LEVELS)));
  const disciplines = next() < 0.15 ? [discipline(pick(DISCIPLINES), `${pick(YEARS)}-05-01`, next() < 0.5 ? null : '2025-02-01')] : [];
  const freezes = next() < 0.1 ? [freeze('Đang xác minh đơn', `${pick(YEARS)}-03-01`, next() < 0.5 ? null : '2025-01-31')] : [];
  return buildStaff({ ratings, awards, initiatives, disciplines, freezes });
}

/** What the repository's SQL keeps, written the same way: the window years, the award types, the periods. */
function cutStaff(facts: StaffFacts, needs: FactNeeds, year: number, asOf: string): StaffFacts {
  const from = earliestYearNeeded(needs, year) ?? Number.MIN_SAFE_INTEGER;
  const inWindow = (y: number): boolean => y >= from && y <= year;
  const freezeWindow = { from: yearStart(year), to: asOf > yearEnd(year) ? asOf : yearEnd(year) };
  const disciplineWindow = { from: from === Number.MIN_SAFE_INTEGER ? '0001-01-01' : yearStart(from), to: yearEnd(year) };
  return {
    ...facts,
    appraisals: new Map([...facts.appraisals].filter(([y]) => inWindow(y))),
    awards: facts.awards.filter((a) => inWindow(a.year) && needs.awardTypes.includes(a.awardType as AwardCode)),
    initiatives: facts.initiatives.filter((i) => inWindow(i.year)),
    disciplines: facts.disciplines.filter((d) => overlaps(d, disciplineWindow)),
    freezes: facts.freezes.filter((f) => overlaps(f, freezeWindow)),
  };
}

function cutUnit(facts: UnitFacts, needs: FactNeeds, year: number, asOf: string): UnitFacts {
  const cut = cutStaff({ ...facts, staffId: facts.unitId, initiatives: [], disciplines: [] }, needs, year, asOf);
  return {
    ...facts,
    appraisals: cut.appraisals,
    awards: cut.awards,
    freezes: cut.freezes,
    members: facts.members.map((member) => cutStaff(member, needs, year, asOf)),
  };
}

describe('fact needs: evaluating on the loaded window gives exactly the answer on the whole history', () => {
  const cases: Array<{ year: number; asOf: string }> = [
    { year: 2025, asOf: '2025-12-31' },
    { year: 2024, asOf: '2025-03-15' },
    { year: 2025, asOf: '2026-02-01' },
  ];

  it.each(AWARD_CODES.filter((code) => RULEBOOK.awards[code].staff !== undefined))('%s for a person', (code) => {
    const next = random(code.length * 7919);
    for (let i = 0; i < 150; i++) {
      const facts = randomStaff(next);
      for (const { year, asOf } of cases) {
        const needs = factNeeds(rulebookFor(asOf), DEFAULT_PROVINCE_RULES, code, 'staff');
        const full = evaluateStaff(facts, code, year, { asOf });
        expect(evaluateStaff(cutStaff(facts, needs, year, asOf), code, year, { asOf })).toEqual(full);
      }
    }
  });

  it.each(AWARD_CODES.filter((code) => RULEBOOK.awards[code].unit !== undefined))('%s for a collective', (code) => {
    const next = random(code.length * 104_729);
    for (let i = 0; i < 40; i++) {
      const members = Array.from({ length: 1 + Math.floor(next() * 6) }, () => randomStaff(next));
      const own = randomStaff(next);
      const facts = buildUnit({ awards: own.awards, freezes: own.freezes, members });
      facts.appraisals = own.appraisals;
      for (const { year, asOf } of cases) {
        const needs = factNeeds(rulebookFor(asOf), DEFAULT_PROVINCE_RULES, code, 'unit');
        const full = evaluateUnit(facts, code, year, { asOf });
        expect(evaluateUnit(cutUnit(facts, needs, year, asOf), code, year, { asOf })).toEqual(full);
      }
    }
  });
});
