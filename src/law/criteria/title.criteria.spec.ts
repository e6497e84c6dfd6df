import { award, awardsFor, buildStaff, discipline } from '../testing/facts.factory.js';
import { criteriaFailed, criteriaMet, RATED_COMPLETED_2025, staffContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import {
  holdsAward as holdsAwardEvaluator,
  meetsAwardInYear as meetsAwardInYearEvaluator,
  titleChain as titleChainEvaluator,
} from './title.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const holdsAward = inWords(holdsAwardEvaluator);
const meetsAwardInYear = inWords(meetsAwardInYearEvaluator);
const titleChain = inWords(titleChainEvaluator);

describe('title_chain — danh hiệu được tặng liên tục (Luật TĐKT 2022 Điều 22 khoản 1)', () => {
  const threeCstdcs = { award: 'CSTDCS', length: 3, endOffsets: [0] } as const;

  it('is met by three consecutive titles on record ending in the proposal year', () => {
    const staff = buildStaff({ awards: awardsFor('CSTDCS', [2023, 2024, 2025]) });
    const outcome = titleChain(threeCstdcs, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(true);
    expect(outcome.detail).toMatch(/^Cần 3 năm liên tục được tặng CSTĐCS, kết thúc năm 2025: có 2023, 2024, 2025 \(/);
  });

  it('a gap breaks "consecutive" and the detail names present and missing years', () => {
    const staff = buildStaff({ awards: awardsFor('CSTDCS', [2022, 2024, 2025]) });
    const outcome = titleChain(threeCstdcs, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('có 2024, 2025; thiếu 2023');
  });

  it('a revoked title no longer counts', () => {
    const staff = buildStaff({
      awards: [award('CSTDCS', 2023, { revoked: true }), ...awardsFor('CSTDCS', [2024, 2025])],
    });
    expect(titleChain(threeCstdcs, staffContext(staff, { year: 2025 })).met).toBe(false);
  });

  it('an ad-hoc or thematic award does not count toward the chain (NĐ 152/2025 Điều 4)', () => {
    const adHoc = buildStaff({
      awards: [award('CSTDCS', 2023, { basis: 'ad_hoc' }), ...awardsFor('CSTDCS', [2024, 2025])],
    });
    const thematic = buildStaff({
      awards: [award('CSTDCS', 2023, { basis: 'thematic' }), ...awardsFor('CSTDCS', [2024, 2025])],
    });
    expect(titleChain(threeCstdcs, staffContext(adHoc, { year: 2025 })).met).toBe(false);
    expect(titleChain(threeCstdcs, staffContext(thematic, { year: 2025 })).met).toBe(false);
  });

  it('is strict: the proposal year’s title must already be on record', () => {
    const staff = buildStaff({ awards: awardsFor('CSTDCS', [2023, 2024]), ratings: { 2025: 'excellent' } });
    const outcome = titleChain(threeCstdcs, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('chỉ tính danh hiệu đã có quyết định tặng');
  });

  it('accepts a chain ending the year before when the rulebook allows it', () => {
    const staff = buildStaff({ awards: awardsFor('CSTDCS', [2023, 2024]) });
    const params = { award: 'CSTDCS', length: 2, endOffsets: [0, 1] } as const;
    const outcome = titleChain(params, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(true);
    expect(outcome.detail).toContain('kết thúc năm 2025 hoặc 2024: có 2023, 2024');
  });

  it('a title in a year touched by discipline does not count, and the detail says why', () => {
    const staff = buildStaff({
      awards: awardsFor('CSTDCS', [2023, 2024, 2025]),
      disciplines: [discipline('reprimand', '2024-10-01', '2025-02-01')],
    });
    const outcome = titleChain(threeCstdcs, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('năm 2024, 2025 không được tính do kỷ luật');
  });
});

describe('holds_award — đã được tặng hình thức trước (Luật TĐKT 2022 Điều 73 khoản 1 điểm b)', () => {
  it('is met by an earlier regular award and names its year', () => {
    const staff = buildStaff({ awards: [award('BANG_KHEN_TINH', 2019), award('BANG_KHEN_TINH', 2022)] });
    expect(holdsAward({ award: 'BANG_KHEN_TINH' }, staffContext(staff, { year: 2025 }))).toEqual({
      met: true,
      detail: 'Đã được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2022',
    });
  });

  it('is not met by a revoked, ad-hoc, or later award', () => {
    const staff = buildStaff({
      awards: [
        award('BANG_KHEN_TINH', 2020, { revoked: true }),
        award('BANG_KHEN_TINH', 2021, { basis: 'ad_hoc' }),
        award('BANG_KHEN_TINH', 2026),
      ],
    });
    expect(holdsAward({ award: 'BANG_KHEN_TINH' }, staffContext(staff, { year: 2025 })).met).toBe(false);
  });
});

describe('meets_award_in_year — đạt LĐTT trong cùng năm (Luật TĐKT 2022 Điều 23)', () => {
  it('is met when the title is on record, without evaluating its criteria', () => {
    const staff = buildStaff({ awards: [award('LDTT', 2025)] });
    const outcome = meetsAwardInYear({ award: 'LDTT' }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({ met: true, detail: 'Đã được tặng LĐTT năm 2025' });
  });

  it('is met when the criteria of the same year are met (decided in the same round)', () => {
    const context = staffContext(buildStaff(), { year: 2025, evaluateStaffCriteria: criteriaMet });
    expect(meetsAwardInYear({ award: 'LDTT' }, context)).toEqual({
      met: true,
      detail: 'Đạt tiêu chuẩn LĐTT năm 2025 (xét trong cùng đợt)',
    });
  });

  it('is not met otherwise, quoting the failing criterion', () => {
    const context = staffContext(buildStaff(), {
      year: 2025,
      evaluateStaffCriteria: () => criteriaFailed(RATED_COMPLETED_2025),
    });
    expect(meetsAwardInYear({ award: 'LDTT' }, context)).toEqual({
      met: false,
      detail: 'Chưa đạt LĐTT năm 2025: Xếp loại năm 2025: Hoàn thành nhiệm vụ',
    });
  });

  it('a revoked title falls back to the criteria', () => {
    const staff = buildStaff({ awards: [award('LDTT', 2025, { revoked: true })] });
    const context = staffContext(staff, { year: 2025, evaluateStaffCriteria: () => criteriaFailed() });
    expect(meetsAwardInYear({ award: 'LDTT' }, context).met).toBe(false);
  });
});

describe('title_chain in English — Luật TĐKT 2022 Điều 21 (two CSTĐ tỉnh ending this year or the year before)', () => {
  it('joins the possible last years with "or" and names the years held and missing', () => {
    const staff = buildStaff({ awards: awardsFor('CSTD_TINH', [2024]) });
    const outcome = inWords(titleChainEvaluator, 'en')(
      { award: 'CSTD_TINH', length: 2, endOffsets: [0, 1] },
      staffContext(staff, { year: 2025 }),
    );
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toBe(
      'Needs 2 consecutive years of Provincial Emulation Fighter, ending in 2025 or 2024: held in 2024; missing 2023, 2025 ' +
        '(only titles actually given and not revoked count; ad-hoc and thematic awards do not)',
    );
  });
});
