import type { CriterionSpec } from './criterion-spec.js';
import { buildStaff, initiative } from '../testing/facts.factory.js';
import { staffContext } from '../testing/context.factory.js';
import { anyOf } from './any-of.criteria.js';

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
  params: { statement: 'thành tích xuất sắc' },
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
