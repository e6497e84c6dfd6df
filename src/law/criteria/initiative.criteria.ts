import { yearRange } from '../periods.js';
import { initiativeAtLeast } from '../ranks.js';
import { param, reason } from '../reasons.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { staffOf } from './subject.js';

/** At least one initiative (or accepted science work) recognised at `minimumLevel` or higher in the window. */
export const initiativeAtLevel: CriterionEvaluator<'initiative_at_level'> = (params, context) => {
  const staff = staffOf(context, 'initiative_at_level');
  const window = yearRange(context.year - params.windowYears + 1, context.year);
  const found = staff.initiatives.filter(
    (initiative) => window.includes(initiative.year) && initiativeAtLeast(initiative.level, params.minimumLevel),
  );
  if (found.length === 0) {
    const minimum = param.minimumInitiativeLevel(params.minimumLevel);
    return {
      met: false,
      reason:
        window.length === 1
          ? reason('initiative_at_level.none_in_year', { minimum, year: param.year(context.year) })
          : reason('initiative_at_level.none_in_years', {
              minimum,
              from: param.year(window[0]),
              to: param.year(context.year),
            }),
    };
  }
  const initiatives = found.map((initiative) =>
    reason('initiative_at_level.initiative', {
      level: param.initiativeLevel(initiative.level),
      year: param.year(initiative.year),
    }),
  );
  return { met: true, reason: reason('initiative_at_level.found', { initiatives: param.list(initiatives) }) };
};
