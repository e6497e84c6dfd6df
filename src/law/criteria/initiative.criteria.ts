import { INITIATIVE_LEVEL_LABELS, initiativeRequirementVi } from '../labels.js';
import { yearRange } from '../periods.js';
import { initiativeAtLeast } from '../ranks.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { staffOf } from './subject.js';

/** At least one initiative (or accepted science work) recognised at `minimumLevel` or higher in the window. */
export const initiativeAtLevel: CriterionEvaluator<'initiative_at_level'> = (params, context) => {
  const staff = staffOf(context, 'initiative_at_level');
  const window = yearRange(context.year - params.windowYears + 1, context.year);
  const windowText = window.length === 1 ? `năm ${context.year}` : `các năm ${window[0]}–${context.year}`;
  const found = staff.initiatives.filter(
    (initiative) => window.includes(initiative.year) && initiativeAtLeast(initiative.level, params.minimumLevel),
  );
  if (found.length === 0) {
    return {
      met: false,
      detail: `Chưa có sáng kiến được công nhận ${initiativeRequirementVi(params.minimumLevel)} trong ${windowText}`,
    };
  }
  const list = found
    .map((initiative) => `${INITIATIVE_LEVEL_LABELS[initiative.level]} năm ${initiative.year}`)
    .join(', ');
  return { met: true, detail: `Có sáng kiến được công nhận: ${list}` };
};
