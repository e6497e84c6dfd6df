import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { CRITERION_EVALUATORS } from '../criteria/registry.js';
import { ND152_2025_RULEBOOK } from './nd152-2025.rulebook.js';
import { ND98_2023_RULEBOOK } from './nd98-2023.rulebook.js';
import { RULEBOOKS } from './rulebook-for.js';
import { AWARD_CODES } from '../../kernel/index.js';

function flatten(specs: readonly CriterionSpec[]): CriterionSpec[] {
  return specs.flatMap((spec) => (spec.kind === 'any_of' ? [spec, ...flatten(spec.params.options)] : [spec]));
}

const everySpec = RULEBOOKS.flatMap((rulebook) =>
  AWARD_CODES.flatMap((code) => [
    ...flatten(rulebook.awards[code].staff ?? []),
    ...flatten(rulebook.awards[code].unit ?? []),
  ]),
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
        for (const specs of [rulebook.awards[award].staff, rulebook.awards[award].unit]) {
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
      JSON.stringify(rulebook.awards, (key, value: unknown) =>
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
