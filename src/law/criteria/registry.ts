import type { CriterionResult } from '../result.js';
import { anyOf } from './any-of.criteria.js';
import type { CriterionEvaluator, CriterionKind, CriterionSpecOf, EvaluationContext } from './criterion-spec.js';
import { initiativeAtLevel } from './initiative.criteria.js';
import { allMembersRatingAtLeast, atLeastOneMemberWith, membersRatioMeeting, noMemberDisciplineAtLeast } from './members.criteria.js';
import { needsConfirmation, noDisciplineInYear, noFreeze, notAlreadyAwarded } from './principles.criteria.js';
import { consecutiveRatings, ratingAtLeastCriterion } from './rating.criteria.js';
import { ratingRunWithInitiatives, ratingRunWithTitles } from './rating-runs.criteria.js';
import { holdsAward, meetsAwardInYear, titleChain } from './title.criteria.js';

/** One evaluator per criterion kind; the mapped type makes a missing kind a compile error. */
export const CRITERION_EVALUATORS: { [K in CriterionKind]: CriterionEvaluator<K> } = {
  rating_at_least: ratingAtLeastCriterion,
  needs_confirmation: needsConfirmation,
  no_freeze: noFreeze,
  no_discipline_in_year: noDisciplineInYear,
  not_already_awarded: notAlreadyAwarded,
  meets_award_in_year: meetsAwardInYear,
  title_chain: titleChain,
  holds_award: holdsAward,
  initiative_at_level: initiativeAtLevel,
  consecutive_ratings: consecutiveRatings,
  rating_run_with_initiatives: ratingRunWithInitiatives,
  rating_run_with_titles: ratingRunWithTitles,
  members_ratio_meeting: membersRatioMeeting,
  no_member_discipline_at_least: noMemberDisciplineAtLeast,
  all_members_rating_at_least: allMembersRatingAtLeast,
  at_least_one_member_with: atLeastOneMemberWith,
  any_of: anyOf,
};

export function runCriterion<K extends CriterionKind>(spec: CriterionSpecOf<K>, context: EvaluationContext): CriterionResult {
  const evaluate: CriterionEvaluator<K> = CRITERION_EVALUATORS[spec.kind];
  const outcome = evaluate(spec.params, context);
  return { code: spec.code, met: outcome.met, reason: outcome.reason, legalBasis: spec.legalBasis };
}
