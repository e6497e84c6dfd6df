import { hasCountingAward, isYearTouchedByDiscipline, latestCountingAwardYear } from '../award-records.js';
import { AWARD_SHORT_LABELS } from '../labels.js';
import { formatYearsVi, yearRange } from '../periods.js';
import { awardStanding } from './award-standing.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { disciplinesOf } from './rating-runs.js';
import { staffOf } from './subject.js';

const COUNTING_NOTE =
  'chỉ tính danh hiệu đã có quyết định tặng, còn hiệu lực, không tính khen thưởng đột xuất, chuyên đề';

/**
 * N consecutive years of a title actually given ("được tặng"). A gap, a revoked title, an ad-hoc or
 * thematic award, or a year touched by discipline breaks the chain. Titles of the proposal year count
 * only if already on record: chains are strict.
 */
export const titleChain: CriterionEvaluator<'title_chain'> = (params, context) => {
  const { facts } = context.subject;
  const disciplines = disciplinesOf(context.subject);
  const counts = (year: number): boolean =>
    hasCountingAward(facts.awards, params.award, year) && !isYearTouchedByDiscipline(disciplines, year);
  const ends = params.endOffsets.map((offset) => context.year - offset);
  const met = ends.some((end) => yearRange(end - params.length + 1, end).every(counts));

  const window = yearRange(Math.min(...ends) - params.length + 1, Math.max(...ends));
  const present = window.filter(counts);
  const missing = window.filter((year) => !counts(year));
  const excluded = window.filter(
    (year) => hasCountingAward(facts.awards, params.award, year) && isYearTouchedByDiscipline(disciplines, year),
  );
  const endsText = ends.join(' hoặc ');
  const head = `Cần ${params.length} năm liên tục được tặng ${AWARD_SHORT_LABELS[params.award]}, kết thúc năm ${endsText}`;
  const excludedNote = excluded.length === 0 ? '' : `; năm ${formatYearsVi(excluded)} không được tính do kỷ luật`;
  const evidence = met
    ? `có ${formatYearsVi(present)}`
    : `có ${formatYearsVi(present)}; thiếu ${formatYearsVi(missing)}`;
  return { met, detail: `${head}: ${evidence}${excludedNote} (${COUNTING_NOTE})` };
};

/** Holds an earlier award (regular, not revoked) given in the proposal year or before. */
export const holdsAward: CriterionEvaluator<'holds_award'> = (params, context) => {
  const label = AWARD_SHORT_LABELS[params.award];
  const year = latestCountingAwardYear(context.subject.facts.awards, params.award, context.year);
  if (year === null) {
    return { met: false, detail: `Chưa được tặng ${label} (${COUNTING_NOTE})` };
  }
  return { met: true, detail: `Đã được tặng ${label} năm ${year}` };
};

/** The person holds the award for the proposal year, on record or by meeting its criteria in the same round. */
export const meetsAwardInYear: CriterionEvaluator<'meets_award_in_year'> = (params, context) => {
  const staff = staffOf(context, 'meets_award_in_year');
  const label = AWARD_SHORT_LABELS[params.award];
  const standing = awardStanding(staff, params.award, context);
  if (standing.recorded) {
    return { met: true, detail: `Đã được tặng ${label} năm ${context.year}` };
  }
  if (standing.meets) {
    return { met: true, detail: `Đạt tiêu chuẩn ${label} năm ${context.year} (xét trong cùng đợt)` };
  }
  const reasons = standing.failed.map((result) => result.detail).join('; ');
  return { met: false, detail: `Chưa đạt ${label} năm ${context.year}: ${reasons}` };
};
