import type { CriterionSpec } from './criterion-spec.js';
import { buildStaff, initiative } from '../testing/facts.factory.js';
import { staffContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import { anyOf as anyOfEvaluator } from './any-of.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const anyOf = inWords(anyOfEvaluator);

const excellent: CriterionSpec = {
  code: 'rating_excellent',
  kind: 'rating_at_least',
  params: { minimum: 'excellent' },
  legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 23',
};
const initiativeThisYear: CriterionSpec = {
  code: 'initiative_in_year',
  kind: 'initiative_at_level',
  params: { minimumLevel: 'grassroots', windowYears: 1 },
  legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 23',
};
const confirm: CriterionSpec = {
  code: 'confirm',
  kind: 'needs_confirmation',
  params: { statements: ['recognised_achievement'] },
  legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1',
};

describe('any_of — điều kiện thay thế "hoặc" (Luật TĐKT 2022 Điều 23)', () => {
  it('is met by the second alternative and quotes it', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, initiatives: [initiative(2025)] });
    const outcome = anyOf({ options: [excellent, initiativeThisYear] }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({ met: true, detail: 'Đạt: Có sáng kiến được công nhận: cấp cơ sở năm 2025' });
  });

  it('is not met when no alternative is, listing each one', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' } });
    const outcome = anyOf({ options: [excellent, initiativeThisYear] }, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('(1) Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ');
    expect(outcome.detail).toContain('(2) Chưa có sáng kiến được công nhận');
  });

  it('waits for confirmation (null) when the only open alternative needs a person', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' } });
    expect(anyOf({ options: [excellent, confirm] }, staffContext(staff, { year: 2025 })).met).toBeNull();
  });
});

describe('any_of in English — Luật TĐKT 2022 Điều 23', () => {
  it('numbers the alternatives, each in English', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' } });
    const outcome = inWords(anyOfEvaluator, 'en')({ options: [excellent, initiativeThisYear] }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({
      met: false,
      detail:
        'None of the alternatives is met: (1) Rating for 2025: Good task completion (Excellent task completion required); ' +
        '(2) No initiative recognised at grassroots or higher level in 2025',
    });
  });
});
