import { hasCountingAward, isYearTouchedByDiscipline } from '../award-records.js';
import { overlaps, yearEnd, yearStart } from '../periods.js';
import { param, reason } from '../reasons.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { staffOf } from './subject.js';

/** General principles that apply to every award (ND 152/2025 Art. 4 / ND 98/2023; Law Art. 5). */

export const needsConfirmation: CriterionEvaluator<'needs_confirmation'> = (params) => ({
  met: null,
  reason: reason('needs_confirmation.pending', { statements: param.statements(params.statements) }),
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
    return { met: true, reason: reason('no_freeze.clear', { year: param.year(context.year) }) };
  }
  const freezes = blocking.map((freeze) => reason('no_freeze.freeze', { reason: param.text(freeze.reason), period: param.period(freeze) }));
  return { met: false, reason: reason('no_freeze.frozen', { freezes: param.clauses(freezes) }) };
};

/** After a discipline period ends, achievement counts only from the end of that period. */
export const noDisciplineInYear: CriterionEvaluator<'no_discipline_in_year'> = (_params, context) => {
  const staff = staffOf(context, 'no_discipline_in_year');
  if (!isYearTouchedByDiscipline(staff.disciplines, context.year)) {
    return { met: true, reason: reason('no_discipline_in_year.clear', { year: param.year(context.year) }) };
  }
  const touching = staff.disciplines
    .filter((discipline) => isYearTouchedByDiscipline([discipline], context.year))
    .map((discipline) =>
      reason('no_discipline_in_year.discipline', {
        level: param.disciplineLevel(discipline.level),
        period: param.period(discipline),
      }),
    );
  return { met: false, reason: reason('no_discipline_in_year.disciplined', { disciplines: param.clauses(touching) }) };
};

/**
 * One achievement is never rewarded twice (Law Art. 5): the same regular award for the same year is
 * refused. A revoked award is no longer an award; ad-hoc and thematic awards reward another
 * achievement, so they do not block the annual one.
 */
export const notAlreadyAwarded: CriterionEvaluator<'not_already_awarded'> = (_params, context) => {
  const params = { award: param.award(context.awardType), year: param.year(context.year) };
  if (hasCountingAward(context.subject.facts.awards, context.awardType, context.year)) {
    return { met: false, reason: reason('not_already_awarded.already', params) };
  }
  return { met: true, reason: reason('not_already_awarded.clear', params) };
};
