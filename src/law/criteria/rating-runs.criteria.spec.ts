import { award, awardsFor, buildStaff, discipline, initiative, ratingsFor } from '../testing/facts.factory.js';
import { staffContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import {
  ratingRunWithInitiatives as ratingRunWithInitiativesEvaluator,
  ratingRunWithTitles as ratingRunWithTitlesEvaluator,
} from './rating-runs.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const ratingRunWithInitiatives = inWords(ratingRunWithInitiativesEvaluator);
const ratingRunWithTitles = inWords(ratingRunWithTitlesEvaluator);

describe('rating_run_with_initiatives — ≥ 2 năm HTXS và 2 sáng kiến (Luật TĐKT 2022 Điều 74 khoản 1 điểm d)', () => {
  const params = { minimum: 'excellent', minYears: 2, initiatives: 2, initiativeLevel: 'grassroots' } as const;

  it('Ministry of Home Affairs worked example: 2023 and 2024 excellent, one initiative each → met', () => {
    const staff = buildStaff({
      ratings: { 2023: 'excellent', 2024: 'excellent' },
      initiatives: [initiative(2023), initiative(2024)],
    });
    const outcome = ratingRunWithInitiatives(params, staffContext(staff, { year: 2024 }));
    expect(outcome).toEqual({
      met: true,
      detail:
        'Xếp loại Hoàn thành xuất sắc nhiệm vụ liên tục đến năm 2024: 2023–2024 (2 năm, cần ít nhất 2); ' +
        'sáng kiến từ cấp cơ sở trở lên trong thời gian đó: 2 (cần 2)',
    });
  });

  it('is not met with one initiative only', () => {
    const staff = buildStaff({ ratings: { 2023: 'excellent', 2024: 'excellent' }, initiatives: [initiative(2024)] });
    expect(ratingRunWithInitiatives(params, staffContext(staff, { year: 2024 })).met).toBe(false);
  });

  it('does not count an initiative from before the run', () => {
    const staff = buildStaff({
      ratings: { 2022: 'good', 2023: 'excellent', 2024: 'excellent' },
      initiatives: [initiative(2022), initiative(2024)],
    });
    expect(ratingRunWithInitiatives(params, staffContext(staff, { year: 2024 })).met).toBe(false);
  });

  it('is not met when the run does not reach the proposal year', () => {
    const staff = buildStaff({
      ratings: { 2022: 'excellent', 2023: 'excellent', 2024: 'good' },
      initiatives: [initiative(2022), initiative(2023)],
    });
    const outcome = ratingRunWithInitiatives(params, staffContext(staff, { year: 2024 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('không có năm nào (0 năm, cần ít nhất 2)');
  });
});

describe('rating_run_with_titles — 5 năm HTT trở lên, có 3 CSTĐCS (Luật TĐKT 2022 Điều 73 khoản 1 điểm b)', () => {
  const params = {
    minimum: 'good',
    minYears: 5,
    title: 'CSTDCS',
    titleCount: 3,
    countAfterLatest: 'BANG_KHEN_TINH',
  } as const;
  const fiveYears = [2021, 2022, 2023, 2024, 2025];

  it('is met by 5 good years after the earlier award with 3 CSTĐCS in them', () => {
    const staff = buildStaff({
      ratings: ratingsFor(fiveYears, 'good'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2021, 2023, 2025])],
    });
    const outcome = ratingRunWithTitles(params, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({
      met: true,
      detail:
        'Xếp loại từ Hoàn thành tốt nhiệm vụ trở lên liên tục đến năm 2025: 2021–2025 (5 năm, cần ít nhất 5), ' +
        'trong đó được tặng CSTĐCS 3 năm: 2021, 2023, 2025 (cần 3); ' +
        'chỉ tính các năm sau năm được tặng Bằng khen của Chủ tịch UBND tỉnh (2020)',
    });
  });

  it('does not count years up to the year of the earlier award (no achievement used twice)', () => {
    const staff = buildStaff({
      ratings: ratingsFor(fiveYears, 'good'),
      awards: [award('BANG_KHEN_TINH', 2021), ...awardsFor('CSTDCS', [2021, 2023, 2025])],
    });
    const outcome = ratingRunWithTitles(params, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('2022–2025 (4 năm, cần ít nhất 5)');
  });

  it('is not met with only 2 CSTĐCS in the period', () => {
    const staff = buildStaff({
      ratings: ratingsFor(fiveYears, 'excellent'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2021, 2025])],
    });
    expect(ratingRunWithTitles(params, staffContext(staff, { year: 2025 })).met).toBe(false);
  });

  it('does not count an ad-hoc CSTĐCS record', () => {
    const staff = buildStaff({
      ratings: ratingsFor(fiveYears, 'good'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2021, 2023]), award('CSTDCS', 2025, { basis: 'ad_hoc' })],
    });
    expect(ratingRunWithTitles(params, staffContext(staff, { year: 2025 })).met).toBe(false);
  });

  it('a disciplined year in the middle breaks the run', () => {
    const staff = buildStaff({
      ratings: ratingsFor(fiveYears, 'good'),
      awards: [award('BANG_KHEN_TINH', 2020), ...awardsFor('CSTDCS', [2021, 2023, 2025])],
      disciplines: [discipline('reprimand', '2023-03-01', '2023-09-01')],
    });
    const outcome = ratingRunWithTitles(params, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toContain('2024–2025 (2 năm, cần ít nhất 5)');
  });
});
