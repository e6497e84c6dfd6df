import { hasCountingAward, isYearTouchedByDiscipline } from '../award-records.js';
import { AWARD_SHORT_LABELS, RATING_LABELS, ratingRequirementVi } from '../labels.js';
import { formatYearsVi, yearRange } from '../periods.js';
import { ratingAtLeast } from '../ranks.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { disciplinesOf } from './rating-runs.js';

/** The subject's own rating in the proposal year. */
export const ratingAtLeastCriterion: CriterionEvaluator<'rating_at_least'> = (params, context) => {
  const rating = context.subject.facts.appraisals.get(context.year);
  const required = `yêu cầu ${ratingRequirementVi(params.minimum)}`;
  if (rating === undefined) {
    return { met: false, detail: `Chưa có kết quả xếp loại năm ${context.year} (${required})` };
  }
  const met = ratingAtLeast(rating, params.minimum);
  const detail = `Xếp loại năm ${context.year}: ${RATING_LABELS[rating]}`;
  return { met, detail: met ? detail : `${detail} (${required})` };
};

/**
 * `years` consecutive years ending in the proposal year, each rated at least `minimum` or (for
 * collectives) holding `orTitle`. A gap or a year touched by discipline breaks the chain.
 */
export const consecutiveRatings: CriterionEvaluator<'consecutive_ratings'> = (params, context) => {
  const { facts } = context.subject;
  const disciplines = disciplinesOf(context.subject);
  const years = yearRange(context.year - params.years + 1, context.year);
  const qualifies = (year: number): boolean =>
    !isYearTouchedByDiscipline(disciplines, year) &&
    (ratingAtLeast(facts.appraisals.get(year), params.minimum) ||
      (params.orTitle !== undefined && hasCountingAward(facts.awards, params.orTitle, year)));
  const present = years.filter(qualifies);
  const missing = years.filter((year) => !qualifies(year));
  const what =
    params.orTitle === undefined
      ? ratingRequirementVi(params.minimum)
      : `${ratingRequirementVi(params.minimum)} hoặc được tặng ${AWARD_SHORT_LABELS[params.orTitle]}`;
  const head = `Cần ${params.years} năm liên tục ${what}`;
  if (missing.length === 0) {
    return { met: true, detail: `${head}: đạt ${formatYearsVi(present)}` };
  }
  return { met: false, detail: `${head}: đạt ${formatYearsVi(present)}; thiếu ${formatYearsVi(missing)}` };
};
