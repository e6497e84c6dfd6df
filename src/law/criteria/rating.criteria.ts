import { hasCountingAward, isYearTouchedByDiscipline } from '../award-records.js';
import { yearRange } from '../periods.js';
import { ratingAtLeast } from '../ranks.js';
import { param, reason } from '../reasons.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { disciplinesOf } from './rating-runs.js';

/** The subject's own rating in the proposal year. */
export const ratingAtLeastCriterion: CriterionEvaluator<'rating_at_least'> = (params, context) => {
  const rating = context.subject.facts.appraisals.get(context.year);
  const year = param.year(context.year);
  const minimum = param.minimumRating(params.minimum);
  if (rating === undefined) {
    return { met: false, reason: reason('rating_at_least.no_rating', { year, minimum }) };
  }
  if (ratingAtLeast(rating, params.minimum)) {
    return { met: true, reason: reason('rating_at_least.rated', { year, rating: param.rating(rating) }) };
  }
  return { met: false, reason: reason('rating_at_least.below', { year, rating: param.rating(rating), minimum }) };
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
  const missing = years.filter((year) => !qualifies(year));
  const met = missing.length === 0;
  const shared = {
    count: param.count(params.years),
    minimum: param.minimumRating(params.minimum),
    present: param.years(years.filter(qualifies)),
  };
  if (params.orTitle === undefined) {
    return met
      ? { met, reason: reason('consecutive_ratings.met', shared) }
      : { met, reason: reason('consecutive_ratings.missing', { ...shared, missing: param.years(missing) }) };
  }
  const withTitle = { ...shared, title: param.award(params.orTitle) };
  return met
    ? { met, reason: reason('consecutive_ratings.met_or_title', withTitle) }
    : { met, reason: reason('consecutive_ratings.missing_or_title', { ...withTitle, missing: param.years(missing) }) };
};
