import { evaluateStaff, evaluateUnit } from '../evaluate.js';
import { award, awardsFor, buildStaff, buildUnit, initiative, ratingsFor } from '../testing/facts.factory.js';
import { codes, criterion } from '../testing/result.helpers.js';

describe('Giấy khen — Luật TĐKT 2022 Điều 75', () => {
  it('person rated good → eligible; law-abiding and the achievement are confirmed by a person', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'GIAY_KHEN', 2025);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'exemplary_law_abiding').met).toBeNull();
    expect(criterion(result, 'recognised_achievement').met).toBeNull();
  });

  it('person rated completed → not eligible', () => {
    expect(evaluateStaff(buildStaff({ ratings: { 2025: 'completed' } }), 'GIAY_KHEN', 2025).eligible).toBe(false);
  });

  it('collective rated good → eligible, with its own criteria (no person-only discipline rule)', () => {
    const result = evaluateUnit(buildUnit({ ratings: { 2025: 'good' } }), 'GIAY_KHEN', 2025);
    expect(result.eligible).toBe(true);
    expect(codes(result)).toEqual([
      'law_abiding_and_unity',
      'rating_good_or_better',
      'recognised_achievement',
      'no_freeze',
      'not_already_awarded',
    ]);
  });

  it('an ad-hoc Giấy khen earlier that year does not block the annual one', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, awards: [award('GIAY_KHEN', 2025, { basis: 'ad_hoc' })] });
    expect(evaluateStaff(staff, 'GIAY_KHEN', 2025).eligible).toBe(true);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh, cá nhân — Luật TĐKT 2022 Điều 74 khoản 1 điểm d', () => {
  const route = 'cstdcs_2_consecutive_or_excellent_2_years_with_initiatives';

  it('Bộ Nội vụ worked example: 2023 excellent + 1 initiative, 2024 excellent + 1 initiative → eligible', () => {
    const staff = buildStaff({
      ratings: { 2023: 'excellent', 2024: 'excellent' },
      initiatives: [initiative(2023), initiative(2024)],
      awards: [award('CSTDCS', 2024)],
    });
    const result = evaluateStaff(staff, 'BANG_KHEN_TINH', 2024);
    expect(result.eligible).toBe(true);
    expect(criterion(result, route).detail).toContain('2023–2024 (2 năm, cần ít nhất 2)');
    expect(criterion(result, route).legalBasis).toBe('Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm d');
  });

  it('2 consecutive CSTĐCS ending the year before the proposal → eligible', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' }, awards: awardsFor('CSTDCS', [2023, 2024]) });
    expect(evaluateStaff(staff, 'BANG_KHEN_TINH', 2025).eligible).toBe(true);
  });

  it('two CSTĐCS with a gap and no initiatives → not eligible', () => {
    const staff = buildStaff({
      ratings: ratingsFor([2023, 2024, 2025], 'excellent'),
      awards: awardsFor('CSTDCS', [2022, 2024]),
    });
    const result = evaluateStaff(staff, 'BANG_KHEN_TINH', 2025);
    expect(criterion(result, route).met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('one of the two CSTĐCS revoked → not eligible', () => {
    const staff = buildStaff({ awards: [award('CSTDCS', 2024, { revoked: true }), award('CSTDCS', 2025)] });
    expect(evaluateStaff(staff, 'BANG_KHEN_TINH', 2025).eligible).toBe(false);
  });

  it('exemplary law-abiding is always left to a person', () => {
    const result = evaluateStaff(buildStaff(), 'BANG_KHEN_TINH', 2025);
    expect(criterion(result, 'exemplary_law_abiding').met).toBeNull();
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh, tập thể — QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 3 khoản 3 điểm c', () => {
  it('2 consecutive years excellent → eligible', () => {
    const unit = buildUnit({ ratings: { 2024: 'excellent', 2025: 'excellent' } });
    expect(evaluateUnit(unit, 'BANG_KHEN_TINH', 2025).eligible).toBe(true);
  });

  it('TTLĐXS in one year and excellent in the next → eligible', () => {
    const unit = buildUnit({ ratings: { 2024: 'good', 2025: 'excellent' }, awards: [award('TTLDXS', 2024)] });
    expect(evaluateUnit(unit, 'BANG_KHEN_TINH', 2025).eligible).toBe(true);
  });

  it('excellent only in the proposal year → not eligible', () => {
    const unit = buildUnit({ ratings: { 2024: 'good', 2025: 'excellent' } });
    const result = evaluateUnit(unit, 'BANG_KHEN_TINH', 2025);
    expect(criterion(result, 'excellent_or_ttldxs_2_consecutive').met).toBe(false);
    expect(result.eligible).toBe(false);
  });
});

describe('Bằng khen của Thủ tướng Chính phủ — Luật TĐKT 2022 Điều 73 khoản 1 điểm b', () => {
  const years = [2021, 2022, 2023, 2024, 2025];

  it('holds a provincial Bằng khen, then 5 good years with 3 CSTĐCS → eligible', () => {
    const staff = buildStaff({
      ratings: ratingsFor(years, 'good'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2022, 2023, 2025])],
    });
    const result = evaluateStaff(staff, 'BANG_KHEN_TTG', 2025);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'holds_bang_khen_tinh').detail).toBe('Đã được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2020');
  });

  it('without a provincial Bằng khen → not eligible', () => {
    const staff = buildStaff({ ratings: ratingsFor(years, 'excellent'), awards: awardsFor('CSTDCS', years) });
    const result = evaluateStaff(staff, 'BANG_KHEN_TTG', 2025);
    expect(criterion(result, 'holds_bang_khen_tinh').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('an ad-hoc provincial Bằng khen does not count as the earlier award (NĐ 152/2025 Điều 4)', () => {
    const staff = buildStaff({
      ratings: ratingsFor(years, 'good'),
      awards: [award('BANG_KHEN_TINH', 2020, { basis: 'ad_hoc' }), ...awardsFor('CSTDCS', [2022, 2023, 2025])],
    });
    expect(evaluateStaff(staff, 'BANG_KHEN_TTG', 2025).eligible).toBe(false);
  });

  it('counting restarts after the year of the earlier Bằng khen', () => {
    const staff = buildStaff({
      ratings: ratingsFor(years, 'good'),
      awards: [award('BANG_KHEN_TINH', 2022), ...awardsFor('CSTDCS', [2022, 2023, 2025])],
    });
    const result = evaluateStaff(staff, 'BANG_KHEN_TTG', 2025);
    expect(criterion(result, 'good_5_years_with_3_cstdcs').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('a year rated "hoàn thành" breaks the 5-year run', () => {
    const staff = buildStaff({
      ratings: { ...ratingsFor(years, 'good'), 2023: 'completed' },
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2022, 2024, 2025])],
    });
    expect(evaluateStaff(staff, 'BANG_KHEN_TTG', 2025).eligible).toBe(false);
  });
});

describe('Huân chương Lao động hạng Ba (công trạng) — Luật TĐKT 2022 Điều 44 khoản 1 điểm e', () => {
  const years = [2021, 2022, 2023, 2024, 2025];

  it('holds a Bằng khen TTg, then 5 good years with 3 CSTĐCS → eligible', () => {
    const staff = buildStaff({
      ratings: ratingsFor(years, 'good'),
      awards: [award('BANG_KHEN_TTG', 2020), ...awardsFor('CSTDCS', [2021, 2023, 2024])],
    });
    const result = evaluateStaff(staff, 'HCLD_HANG_BA', 2025);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'holds_bang_khen_ttg').legalBasis).toBe('Luật Thi đua, khen thưởng 2022, Điều 44 khoản 1 điểm e');
  });

  it('a provincial Bằng khen is not enough', () => {
    const staff = buildStaff({
      ratings: ratingsFor(years, 'good'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2021, 2023, 2024])],
    });
    const result = evaluateStaff(staff, 'HCLD_HANG_BA', 2025);
    expect(criterion(result, 'holds_bang_khen_ttg').met).toBe(false);
    expect(result.eligible).toBe(false);
  });
});
