import { evaluateStaff } from '../evaluate.js';
import { award, awardsFor, buildStaff, freeze, initiative } from '../testing/facts.factory.js';
import { codes, criterion } from '../testing/result.helpers.js';

describe('LĐTT — Luật TĐKT 2022 Điều 24 khoản 1', () => {
  it('lists its criteria in a stable order', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'LDTT', 2025);
    expect(codes(result)).toEqual([
      'rating_good_or_better',
      'solidarity_and_participation',
      'no_freeze',
      'achievement_after_discipline',
      'not_already_awarded',
    ]);
  });

  it('điểm a: rated "hoàn thành tốt" → eligible, with solidarity left to a person (met:null)', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'LDTT', 2025);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'rating_good_or_better')).toEqual({
      code: 'rating_good_or_better',
      met: true,
      detail: 'Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ',
      legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a',
    });
    expect(criterion(result, 'solidarity_and_participation').met).toBeNull();
    expect(criterion(result, 'solidarity_and_participation').legalBasis).toBe('Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm b');
  });

  it('điểm a: rated "hoàn thành" only → not eligible', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'completed' } }), 'LDTT', 2025);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'rating_good_or_better').met).toBe(false);
  });

  it('a freeze overlapping the year makes LĐTT not eligible (NĐ 152/2025 Điều 4)', () => {
    const staff = buildStaff({
      ratings: { 2025: 'excellent' },
      freezes: [freeze('Đang xác minh đơn khiếu nại', '2025-11-01', null)],
    });
    const result = evaluateStaff(staff, 'LDTT', 2025);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'no_freeze').detail).toContain('Đang xác minh đơn khiếu nại');
  });

  it('LĐTT already on record for the year cannot be proposed again (Luật TĐKT 2022 Điều 5)', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, awards: [award('LDTT', 2025)] });
    const result = evaluateStaff(staff, 'LDTT', 2025);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'not_already_awarded').met).toBe(false);
  });
});

describe('CSTĐCS — Luật TĐKT 2022 Điều 23', () => {
  it('LĐTT criteria of the same year + excellent rating → eligible, no initiative needed', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'excellent' } }), 'CSTDCS', 2025);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'meets_ldtt').detail).toBe('Đạt tiêu chuẩn LĐTT năm 2025 (xét trong cùng đợt)');
    expect(criterion(result, 'excellent_or_initiative').detail).toBe('Đạt: Xếp loại năm 2025: Hoàn thành xuất sắc nhiệm vụ');
  });

  it('rated good + an initiative recognised that year (any level) → eligible', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, initiatives: [initiative(2025, 'grassroots')] });
    expect(evaluateStaff(staff, 'CSTDCS', 2025).eligible).toBe(true);
  });

  it('rated good without initiative → not eligible; the initiative of another year does not count', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, initiatives: [initiative(2024, 'provincial')] });
    const result = evaluateStaff(staff, 'CSTDCS', 2025);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'excellent_or_initiative').met).toBe(false);
  });

  it('LĐTT on record counts (its own "not already awarded" rule does not turn against it)', () => {
    const staff = buildStaff({
      ratings: { 2025: 'excellent' },
      awards: [award('LDTT', 2025)],
    });
    const result = evaluateStaff(staff, 'CSTDCS', 2025);
    expect(criterion(result, 'meets_ldtt').detail).toBe('Đã được tặng LĐTT năm 2025');
    expect(result.eligible).toBe(true);
  });

  it('not meeting LĐTT (rated completed, initiative present) → not eligible, reason quoted', () => {
    const staff = buildStaff({ ratings: { 2025: 'completed' }, initiatives: [initiative(2025)] });
    const result = evaluateStaff(staff, 'CSTDCS', 2025);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'meets_ldtt').detail).toBe(
      'Chưa đạt LĐTT năm 2025: Xếp loại năm 2025: Hoàn thành nhiệm vụ (yêu cầu từ Hoàn thành tốt nhiệm vụ trở lên)',
    );
  });
});

describe('CSTĐ cấp tỉnh — Luật TĐKT 2022 Điều 22 khoản 1', () => {
  const proposalYear = 2025;

  it('3 consecutive CSTĐCS on record + provincial initiative → eligible', () => {
    const staff = buildStaff({
      ratings: { 2025: 'excellent' },
      awards: awardsFor('CSTDCS', [2023, 2024, 2025]),
      initiatives: [initiative(2024, 'provincial')],
    });
    const result = evaluateStaff(staff, 'CSTD_TINH', proposalYear);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'cstdcs_3_consecutive').legalBasis).toBe('Luật Thi đua, khen thưởng 2022, Điều 22 khoản 1');
  });

  it('a gap breaks "consecutive" (2022, 2024, 2025)', () => {
    const staff = buildStaff({
      awards: awardsFor('CSTDCS', [2022, 2024, 2025]),
      initiatives: [initiative(2025, 'provincial')],
    });
    const result = evaluateStaff(staff, 'CSTD_TINH', proposalYear);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'cstdcs_3_consecutive').detail).toContain('có 2024, 2025; thiếu 2023');
  });

  it('a grassroots initiative is not enough', () => {
    const staff = buildStaff({
      awards: awardsFor('CSTDCS', [2023, 2024, 2025]),
      initiatives: [initiative(2025, 'grassroots')],
    });
    const result = evaluateStaff(staff, 'CSTD_TINH', proposalYear);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'provincial_initiative').met).toBe(false);
  });

  it('the proposal year’s CSTĐCS must be on record (strict count)', () => {
    const staff = buildStaff({
      ratings: { 2025: 'excellent' },
      awards: awardsFor('CSTDCS', [2023, 2024]),
      initiatives: [initiative(2025, 'provincial')],
    });
    expect(evaluateStaff(staff, 'CSTD_TINH', proposalYear).eligible).toBe(false);
  });
});

describe('CSTĐ toàn quốc — Luật TĐKT 2022 Điều 21', () => {
  it('2 consecutive CSTĐ cấp tỉnh on record + national initiative → eligible', () => {
    const staff = buildStaff({
      awards: awardsFor('CSTD_TINH', [2024, 2025]),
      initiatives: [initiative(2025, 'national')],
    });
    expect(evaluateStaff(staff, 'CSTD_TOAN_QUOC', 2025).eligible).toBe(true);
  });

  it('two CSTĐ cấp tỉnh with a gap → not eligible', () => {
    const staff = buildStaff({
      awards: awardsFor('CSTD_TINH', [2022, 2024]),
      initiatives: [initiative(2025, 'national')],
    });
    const result = evaluateStaff(staff, 'CSTD_TOAN_QUOC', 2025);
    expect(result.eligible).toBe(false);
    expect(criterion(result, 'cstd_tinh_2_consecutive').met).toBe(false);
  });

  it('a provincial initiative is not enough', () => {
    const staff = buildStaff({
      awards: awardsFor('CSTD_TINH', [2024, 2025]),
      initiatives: [initiative(2025, 'provincial')],
    });
    const result = evaluateStaff(staff, 'CSTD_TOAN_QUOC', 2025);
    expect(criterion(result, 'national_initiative').met).toBe(false);
    expect(result.eligible).toBe(false);
  });
});
