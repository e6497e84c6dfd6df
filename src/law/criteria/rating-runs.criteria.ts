import { hasCountingAward, latestCountingAwardYear } from '../award-records.js';
import { AWARD_SHORT_LABELS, initiativeRequirementVi, ratingRequirementVi } from '../labels.js';
import { formatYearsVi } from '../periods.js';
import { initiativeAtLeast } from '../ranks.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { formatRunVi, ratingRunEndingIn } from './rating-runs.js';
import { staffOf } from './subject.js';

/**
 * "≥ 2 consecutive years of excellent completion with 2 initiatives applied during that time"
 * (Law Art. 74(1)(d)): the run ends in the proposal year; initiatives count only inside the run.
 */
export const ratingRunWithInitiatives: CriterionEvaluator<'rating_run_with_initiatives'> = (params, context) => {
  const staff = staffOf(context, 'rating_run_with_initiatives');
  const run = ratingRunEndingIn(context.subject, context.year, params.minimum);
  const initiatives = staff.initiatives.filter(
    (initiative) => run.includes(initiative.year) && initiativeAtLeast(initiative.level, params.initiativeLevel),
  );
  const met = run.length >= params.minYears && initiatives.length >= params.initiatives;
  return {
    met,
    detail:
      `Xếp loại ${ratingRequirementVi(params.minimum)} liên tục đến năm ${context.year}: ${formatRunVi(run)} ` +
      `(${run.length} năm, cần ít nhất ${params.minYears}); ` +
      `sáng kiến ${initiativeRequirementVi(params.initiativeLevel)} trong thời gian đó: ` +
      `${initiatives.length} (cần ${params.initiatives})`,
  };
};

/**
 * "Already holds <earlier award> and ≥ 5 consecutive years up to the proposal rated good or better,
 * including 3 CSTĐCS in that period" (Law Art. 73(1)(b), Art. 44(1)(e)). Years are counted only after
 * the year of the latest earlier award, so no achievement is rewarded twice (Law Art. 5; counting
 * rule inferred, domain-rules §3.3 [I]).
 */
export const ratingRunWithTitles: CriterionEvaluator<'rating_run_with_titles'> = (params, context) => {
  const staff = staffOf(context, 'rating_run_with_titles');
  const earlierAwardYear = latestCountingAwardYear(staff.awards, params.countAfterLatest, context.year);
  const run = ratingRunEndingIn(context.subject, context.year, params.minimum, earlierAwardYear);
  const titleYears = run.filter((year) => hasCountingAward(staff.awards, params.title, year));
  const met = run.length >= params.minYears && titleYears.length >= params.titleCount;
  const countingNote =
    earlierAwardYear === null
      ? ''
      : `; chỉ tính các năm sau năm được tặng ${AWARD_SHORT_LABELS[params.countAfterLatest]} (${earlierAwardYear})`;
  return {
    met,
    detail:
      `Xếp loại ${ratingRequirementVi(params.minimum)} liên tục đến năm ${context.year}: ${formatRunVi(run)} ` +
      `(${run.length} năm, cần ít nhất ${params.minYears}), trong đó được tặng ` +
      `${AWARD_SHORT_LABELS[params.title]} ${titleYears.length} năm: ${formatYearsVi(titleYears)} ` +
      `(cần ${params.titleCount})${countingNote}`,
  };
};
