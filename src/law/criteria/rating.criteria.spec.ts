import { award, buildStaff, buildUnit, discipline } from '../testing/facts.factory.js';
import { staffContext, unitContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import {
  consecutiveRatings as consecutiveRatingsEvaluator,
  ratingAtLeastCriterion as ratingAtLeastCriterionEvaluator,
} from './rating.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const consecutiveRatings = inWords(consecutiveRatingsEvaluator);
const ratingAtLeastCriterion = inWords(ratingAtLeastCriterionEvaluator);

describe('rating_at_least — xếp loại hoàn thành nhiệm vụ (Luật TĐKT 2022 Điều 24 khoản 1 điểm a)', () => {
  it('is met by a rating equal to the minimum', () => {
    const staff = buildStaff({ ratings: { 2025: 'good' } });
    expect(ratingAtLeastCriterion({ minimum: 'good' }, staffContext(staff, { year: 2025 }))).toEqual({
      met: true,
      detail: 'Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ',
    });
  });

  it('is met by a higher rating', () => {
    const staff = buildStaff({ ratings: { 2025: 'excellent' } });
    expect(ratingAtLeastCriterion({ minimum: 'good' }, staffContext(staff, { year: 2025 })).met).toBe(true);
  });

  it('is not met by a lower rating, and names the requirement', () => {
    const staff = buildStaff({ ratings: { 2025: 'completed' } });
    expect(ratingAtLeastCriterion({ minimum: 'good' }, staffContext(staff, { year: 2025 }))).toEqual({
      met: false,
      detail: 'Xếp loại năm 2025: Hoàn thành nhiệm vụ (yêu cầu từ Hoàn thành tốt nhiệm vụ trở lên)',
    });
  });

  it('is not met when the year has no rating yet (the rating of another year does not count)', () => {
    const staff = buildStaff({ ratings: { 2024: 'excellent' } });
    const outcome = ratingAtLeastCriterion({ minimum: 'excellent' }, staffContext(staff, { year: 2025 }));
    expect(outcome).toEqual({
      met: false,
      detail: 'Chưa có kết quả xếp loại năm 2025 (yêu cầu Hoàn thành xuất sắc nhiệm vụ)',
    });
  });

  it('reads a collective’s own rating', () => {
    const unit = buildUnit({ ratings: { 2025: 'not_completed' } });
    expect(ratingAtLeastCriterion({ minimum: 'completed' }, unitContext(unit, { year: 2025 })).met).toBe(false);
  });
});

describe('consecutive_ratings — năm liên tục (QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 3 khoản 3 điểm c)', () => {
  const params = { minimum: 'excellent', years: 2, orTitle: 'TTLDXS' } as const;

  it('is met by two consecutive excellent years ending in the proposal year', () => {
    const unit = buildUnit({ ratings: { 2024: 'excellent', 2025: 'excellent' } });
    const outcome = consecutiveRatings(params, unitContext(unit, { year: 2025 }));
    expect(outcome).toEqual({
      met: true,
      detail: 'Cần 2 năm liên tục Hoàn thành xuất sắc nhiệm vụ hoặc được tặng TTLĐXS: đạt 2024, 2025',
    });
  });

  it('accepts the alternative title for a year rated lower', () => {
    const unit = buildUnit({ ratings: { 2024: 'good', 2025: 'excellent' }, awards: [award('TTLDXS', 2024)] });
    expect(consecutiveRatings(params, unitContext(unit, { year: 2025 })).met).toBe(true);
  });

  it('a gap breaks "consecutive": the missing year is named', () => {
    const unit = buildUnit({ ratings: { 2023: 'excellent', 2025: 'excellent' } });
    const outcome = consecutiveRatings(params, unitContext(unit, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toMatch(/đạt 2025; thiếu 2024$/);
  });

  it('a revoked alternative title does not fill the gap', () => {
    const unit = buildUnit({
      ratings: { 2024: 'good', 2025: 'excellent' },
      awards: [award('TTLDXS', 2024, { revoked: true })],
    });
    expect(consecutiveRatings(params, unitContext(unit, { year: 2025 })).met).toBe(false);
  });

  it('a year touched by a person’s discipline does not count', () => {
    const staff = buildStaff({
      ratings: { 2024: 'good', 2025: 'good' },
      disciplines: [discipline('reprimand', '2024-02-01', '2024-08-01')],
    });
    const outcome = consecutiveRatings({ minimum: 'good', years: 2 }, staffContext(staff, { year: 2025 }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toBe('Cần 2 năm liên tục từ Hoàn thành tốt nhiệm vụ trở lên: đạt 2025; thiếu 2024');
  });
});

describe('rating_at_least in English — Luật TĐKT 2022 Điều 24 khoản 1 điểm a', () => {
  const inEnglish = inWords(ratingAtLeastCriterionEvaluator, 'en');

  it('names the rating and the requirement', () => {
    const staff = buildStaff({ ratings: { 2025: 'completed' } });
    expect(inEnglish({ minimum: 'good' }, staffContext(staff, { year: 2025 }))).toEqual({
      met: false,
      detail: 'Rating for 2025: Task completed (Good task completion or better required)',
    });
  });

  it('says when the year has no rating yet', () => {
    expect(inEnglish({ minimum: 'excellent' }, staffContext(buildStaff(), { year: 2025 })).detail).toBe(
      'No rating recorded for 2025 (Excellent task completion required)',
    );
  });
});
