import { overlaps, yearPeriod } from '../periods.js';
import { disciplineAtLeast, ratingAtLeast } from '../ranks.js';
import { param, reason } from '../reasons.js';
import { awardStanding } from './award-standing.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { memberName, unitOf } from './subject.js';

const NO_MEMBERS = reason('members.none', {});

/**
 * At least `minPercent` % of members hold the award in the proposal year (on record or meeting its
 * criteria in the same round). Compared in integers: count × 100 ≥ minPercent × total.
 */
export const membersRatioMeeting: CriterionEvaluator<'members_ratio_meeting'> = (params, context) => {
  const unit = unitOf(context, 'members_ratio_meeting');
  const total = unit.members.length;
  if (total === 0) {
    return { met: false, reason: NO_MEMBERS };
  }
  const meeting = unit.members.filter((member) => awardStanding(member, params.award, context).meets).length;
  return {
    met: meeting * 100 >= params.minPercent * total,
    reason: reason('members_ratio_meeting.share', {
      count: param.count(meeting),
      total: param.count(total),
      share: param.share(meeting, total),
      award: param.award(params.award),
      year: param.year(context.year),
      minimum: param.percent(params.minPercent),
    }),
  };
};

/** Nobody disciplined at `minimum` or above in the year: a period ending mid-year still counts for that year. */
export const noMemberDisciplineAtLeast: CriterionEvaluator<'no_member_discipline_at_least'> = (params, context) => {
  const unit = unitOf(context, 'no_member_discipline_at_least');
  const year = yearPeriod(context.year);
  const found = unit.members.flatMap((member) =>
    member.disciplines
      .filter((discipline) => disciplineAtLeast(discipline.level, params.minimum) && overlaps(discipline, year))
      .map((discipline) =>
        reason('no_member_discipline_at_least.member', {
          name: param.text(memberName(member)),
          level: param.disciplineLevel(discipline.level),
          period: param.period(discipline),
        }),
      ),
  );
  const shared = { minimum: param.disciplineLevel(params.minimum), year: param.year(context.year) };
  if (found.length === 0) {
    return { met: true, reason: reason('no_member_discipline_at_least.none', shared) };
  }
  return {
    met: false,
    reason: reason('no_member_discipline_at_least.found', { ...shared, members: param.clauses(found) }),
  };
};

/** Every member rated at least `minimum` in the year; a missing rating cannot be assumed. */
export const allMembersRatingAtLeast: CriterionEvaluator<'all_members_rating_at_least'> = (params, context) => {
  const unit = unitOf(context, 'all_members_rating_at_least');
  if (unit.members.length === 0) {
    return { met: false, reason: NO_MEMBERS };
  }
  const shared = { minimum: param.minimumRating(params.minimum), year: param.year(context.year) };
  const failing = unit.members.filter((member) => !ratingAtLeast(member.appraisals.get(context.year), params.minimum));
  if (failing.length === 0) {
    return {
      met: true,
      reason: reason('all_members_rating_at_least.all', { ...shared, count: param.count(unit.members.length) }),
    };
  }
  const members = failing.map((member) => {
    const rating = member.appraisals.get(context.year);
    const name = param.text(memberName(member));
    return rating === undefined
      ? reason('all_members_rating_at_least.member_unrated', { name })
      : reason('all_members_rating_at_least.member_rated', { name, rating: param.rating(rating) });
  });
  return {
    met: false,
    reason: reason('all_members_rating_at_least.failing', { ...shared, members: param.list(members) }),
  };
};

/** At least one member holds the award in the year (on record or meeting its criteria in the same round). */
export const atLeastOneMemberWith: CriterionEvaluator<'at_least_one_member_with'> = (params, context) => {
  const unit = unitOf(context, 'at_least_one_member_with');
  const shared = { award: param.award(params.award), year: param.year(context.year) };
  const holders = unit.members.filter((member) => awardStanding(member, params.award, context).meets);
  if (holders.length === 0) {
    return { met: false, reason: reason('at_least_one_member_with.none', shared) };
  }
  return {
    met: true,
    reason: reason('at_least_one_member_with.found', {
      ...shared,
      count: param.count(holders.length),
      names: param.names(holders.map(memberName)),
    }),
  };
};
