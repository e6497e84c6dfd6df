import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { CRITERION_EVALUATORS } from '../criteria/registry.js';
import { criteriaFor } from '../criteria-for.js';
import { DEFAULT_PROVINCE_RULES } from '../provinces/default-province.js';
import { ND152_2025_RULEBOOK } from './nd152-2025.rulebook.js';
import { ND98_2023_RULEBOOK } from './nd98-2023.rulebook.js';
import { RULEBOOKS } from './rulebook-for.js';
import { AWARD_CODES, SUBJECT_KINDS } from '../../kernel/index.js';

function flatten(specs: readonly CriterionSpec[]): CriterionSpec[] {
  return specs.flatMap((spec) => (spec.kind === 'any_of' ? [spec, ...flatten(spec.params.options)] : [spec]));
}

/** What is evaluated: the Law's criteria, the default province's, and the principles. */
const evaluated = (rulebook: (typeof RULEBOOKS)[number], code: (typeof AWARD_CODES)[number], subject: (typeof SUBJECT_KINDS)[number]) =>
  criteriaFor(rulebook, DEFAULT_PROVINCE_RULES, code, subject);

const everySpec = RULEBOOKS.flatMap((rulebook) =>
  AWARD_CODES.flatMap((code) => SUBJECT_KINDS.flatMap((subject) => flatten(evaluated(rulebook, code, subject) ?? []))),
);

describe('Rulebooks as data — every criterion cites its source', () => {
  it('every criterion has a snake_case code, a known kind and a citation', () => {
    const bad = everySpec.filter(
      (spec) =>
        !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(spec.code) ||
        !(spec.kind in CRITERION_EVALUATORS) ||
        !/^(Luật|Nghị định|Quyết định) /.test(spec.legalBasis),
    );
    expect(bad).toEqual([]);
    expect(everySpec.length).toBeGreaterThan(60);
  });

  it('codes are unique within each award and subject', () => {
    for (const rulebook of RULEBOOKS) {
      for (const award of AWARD_CODES) {
        for (const specs of SUBJECT_KINDS.map((subject) => evaluated(rulebook, award, subject))) {
          const list = (specs ?? []).map((spec) => spec.code);
          expect({ award, duplicates: list.filter((code, index) => list.indexOf(code) !== index) }).toEqual({
            award,
            duplicates: [],
          });
        }
      }
    }
  });

  it('the two rulebooks share the Law’s criteria and differ only in decree citations', () => {
    const strip = (citation: string) => citation.replace(/Nghị định [^,]+, Điều \d+/, '<decree>');
    const shape = (rulebook: typeof ND98_2023_RULEBOOK) =>
      JSON.stringify({ awards: rulebook.awards, principles: rulebook.principles }, (key, value: unknown) =>
        key === 'legalBasis' && typeof value === 'string' ? strip(value) : value,
      );
    expect(shape(ND98_2023_RULEBOOK)).toBe(shape(ND152_2025_RULEBOOK));
    expect(ND98_2023_RULEBOOK.citations.principles).not.toBe(ND152_2025_RULEBOOK.citations.principles);
  });

  it('ND 152/2025 cites Art. 4 for principles and Art. 49–54 for money', () => {
    expect(ND152_2025_RULEBOOK.citations).toEqual({
      principles: 'Nghị định 152/2025/NĐ-CP, Điều 4',
      rewardMoney: 'Nghị định 152/2025/NĐ-CP, Điều 49–54',
    });
  });

  it('rulebook periods are contiguous and do not overlap', () => {
    expect(ND98_2023_RULEBOOK.effectiveTo).toBe('2025-06-30');
    expect(ND152_2025_RULEBOOK.effectiveFrom).toBe('2025-07-01');
    expect(ND152_2025_RULEBOOK.effectiveTo).toBeNull();
  });
});

describe('No provincial article in the national rulebook — Luật TĐKT 2022 Điều 24 khoản 4 (details delegated to the province)', () => {
  it('cites only the Law and the decrees; what a province says comes from its own rules', () => {
    const national = RULEBOOKS.flatMap((rulebook) =>
      AWARD_CODES.flatMap((code) => SUBJECT_KINDS.flatMap((subject) => flatten(rulebook.awards[code][subject] ?? []))),
    );
    const principles = RULEBOOKS.flatMap((rulebook) => SUBJECT_KINDS.flatMap((subject) => rulebook.principles[subject]));
    expect([...national, ...principles].filter((spec) => !/^(Luật|Nghị định) /.test(spec.legalBasis))).toEqual([]);
    expect(JSON.stringify(RULEBOOKS)).not.toMatch(/Quyết định|Bắc Ninh/);
  });
});
