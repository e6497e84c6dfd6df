import { hasCountingAward, latestCountingAwardYear } from '../award-records.js';
import { initiativeAtLeast } from '../ranks.js';
import { param, reason } from '../reasons.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { ratingRunEndingIn } from './rating-runs.js';
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
  return {
    met: run.length >= params.minYears && initiatives.length >= params.initiatives,
    reason: reason('rating_run_with_initiatives.summary', {
      minimum: param.minimumRating(params.minimum),
      year: param.year(context.year),
      run: param.yearRun(run),
      runLength: param.count(run.length),
      minYears: param.count(params.minYears),
      initiativeMinimum: param.minimumInitiativeLevel(params.initiativeLevel),
      initiatives: param.count(initiatives.length),
      required: param.count(params.initiatives),
    }),
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
  const countedAfter =
    earlierAwardYear === null
      ? []
      : [
          reason('rating_run_with_titles.counted_after', {
            award: param.award(params.countAfterLatest),
            year: param.year(earlierAwardYear),
          }),
        ];
  return {
    met: run.length >= params.minYears && titleYears.length >= params.titleCount,
    reason: reason('rating_run_with_titles.summary', {
      minimum: param.minimumRating(params.minimum),
      year: param.year(context.year),
      run: param.yearRun(run),
      runLength: param.count(run.length),
      minYears: param.count(params.minYears),
      title: param.award(params.title),
      titleCount: param.count(titleYears.length),
      titleYears: param.years(titleYears),
      required: param.count(params.titleCount),
      notes: param.notes(countedAfter),
    }),
  };
};
