import { hasCountingAward, isYearTouchedByDiscipline, latestCountingAwardYear } from '../award-records.js';
import { yearRange } from '../periods.js';
import { param, reason } from '../reasons.js';
import { awardStanding } from './award-standing.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { disciplinesOf } from './rating-runs.js';
import { staffOf } from './subject.js';

/**
 * N consecutive years of a title actually given ("được tặng"). A gap, a revoked title, an ad-hoc or
 * thematic award, or a year touched by discipline breaks the chain. Titles of the proposal year count
 * only if already on record: chains are strict (the sentence says so).
 */
export const titleChain: CriterionEvaluator<'title_chain'> = (params, context) => {
  const { facts } = context.subject;
  const disciplines = disciplinesOf(context.subject);
  const counts = (year: number): boolean =>
    hasCountingAward(facts.awards, params.award, year) && !isYearTouchedByDiscipline(disciplines, year);
  const ends = params.endOffsets.map((offset) => context.year - offset);
  const met = ends.some((end) => yearRange(end - params.length + 1, end).every(counts));

  const window = yearRange(Math.min(...ends) - params.length + 1, Math.max(...ends));
  const excluded = window.filter(
    (year) => hasCountingAward(facts.awards, params.award, year) && isYearTouchedByDiscipline(disciplines, year),
  );
  const shared = {
    length: param.count(params.length),
    award: param.award(params.award),
    ends: param.yearChoices(ends),
    present: param.years(window.filter(counts)),
    notes: param.notes(excluded.length === 0 ? [] : [reason('title_chain.excluded_by_discipline', { years: param.years(excluded) })]),
  };
  if (met) {
    return { met, reason: reason('title_chain.met', shared) };
  }
  const missing = param.years(window.filter((year) => !counts(year)));
  return { met, reason: reason('title_chain.missing', { ...shared, missing }) };
};

/** Holds an earlier award (regular, not revoked) given in the proposal year or before. */
export const holdsAward: CriterionEvaluator<'holds_award'> = (params, context) => {
  const award = param.award(params.award);
  const year = latestCountingAwardYear(context.subject.facts.awards, params.award, context.year);
  if (year === null) {
    return { met: false, reason: reason('holds_award.none', { award }) };
  }
  return { met: true, reason: reason('holds_award.held', { award, year: param.year(year) }) };
};

/** The person holds the award for the proposal year, on record or by meeting its criteria in the same round. */
export const meetsAwardInYear: CriterionEvaluator<'meets_award_in_year'> = (params, context) => {
  const staff = staffOf(context, 'meets_award_in_year');
  const shared = { award: param.award(params.award), year: param.year(context.year) };
  const standing = awardStanding(staff, params.award, context);
  if (standing.recorded) {
    return { met: true, reason: reason('meets_award_in_year.recorded', shared) };
  }
  if (standing.meets) {
    return { met: true, reason: reason('meets_award_in_year.meets_in_round', shared) };
  }
  const failed = param.clauses(standing.failed.map((result) => result.reason));
  return { met: false, reason: reason('meets_award_in_year.not_met', { ...shared, failed }) };
};
