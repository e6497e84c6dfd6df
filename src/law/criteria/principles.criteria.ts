import { hasCountingAward, isYearTouchedByDiscipline } from '../award-records.js';
import { AWARD_SHORT_LABELS, DISCIPLINE_LABELS } from '../labels.js';
import { formatPeriodVi, overlaps, yearEnd, yearStart } from '../periods.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { staffOf } from './subject.js';

/** General principles that apply to every award (ND 152/2025 Art. 4 / ND 98/2023; Law Art. 5). */

export const needsConfirmation: CriterionEvaluator<'needs_confirmation'> = (params) => ({
  met: null,
  detail: `Cần người có thẩm quyền xác nhận: ${params.statement}`,
});

/**
 * No award or proposal while the subject is under disciplinary review, investigation, inspection, or a
 * complaint is being verified. The window is the assessed year, extended to the evaluation date when
 * that comes later: a review opened while the dossier is being decided also stops it. A freeze record
 * does not say whether it ended with a clearing conclusion, so any overlap blocks and the officer
 * decides with the reason shown.
 */
export const noFreeze: CriterionEvaluator<'no_freeze'> = (_params, context) => {
  const windowEnd = context.asOf > yearEnd(context.year) ? context.asOf : yearEnd(context.year);
  const window = { from: yearStart(context.year), to: windowEnd };
  const blocking = context.subject.facts.freezes.filter((freeze) => overlaps(freeze, window));
  if (blocking.length === 0) {
    return {
      met: true,
      detail: `Không có kỷ luật hoặc xem xét đang treo trong năm ${context.year}`,
    };
  }
  const reasons = blocking.map((freeze) => `${freeze.reason} (${formatPeriodVi(freeze)})`).join('; ');
  return { met: false, detail: `Đang tạm dừng xét khen thưởng: ${reasons}` };
};

/** After a discipline period ends, achievement counts only from the end of that period. */
export const noDisciplineInYear: CriterionEvaluator<'no_discipline_in_year'> = (_params, context) => {
  const staff = staffOf(context, 'no_discipline_in_year');
  if (!isYearTouchedByDiscipline(staff.disciplines, context.year)) {
    return { met: true, detail: `Không bị kỷ luật trong năm ${context.year}` };
  }
  const touching = staff.disciplines
    .filter((discipline) => isYearTouchedByDiscipline([discipline], context.year))
    .map((discipline) => `${DISCIPLINE_LABELS[discipline.level]} ${formatPeriodVi(discipline)}`)
    .join('; ');
  return {
    met: false,
    detail: `Bị kỷ luật ${touching}; thành tích chỉ được tính từ sau khi hết thời hạn kỷ luật`,
  };
};

/**
 * One achievement is never rewarded twice (Law Art. 5): the same regular award for the same year is
 * refused. A revoked award is no longer an award; ad-hoc and thematic awards reward another
 * achievement, so they do not block the annual one.
 */
export const notAlreadyAwarded: CriterionEvaluator<'not_already_awarded'> = (_params, context) => {
  const label = AWARD_SHORT_LABELS[context.awardType];
  if (hasCountingAward(context.subject.facts.awards, context.awardType, context.year)) {
    return {
      met: false,
      detail: `Đã được tặng ${label} năm ${context.year}; không khen thưởng hai lần cho cùng một thành tích`,
    };
  }
  return { met: true, detail: `Chưa được tặng ${label} năm ${context.year}` };
};
