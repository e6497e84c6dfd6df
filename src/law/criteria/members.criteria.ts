import { AWARD_SHORT_LABELS, DISCIPLINE_LABELS, RATING_LABELS, ratingRequirementVi } from '../labels.js';
import { formatPeriodVi, overlaps, yearPeriod } from '../periods.js';
import { disciplineAtLeast, ratingAtLeast } from '../ranks.js';
import { awardStanding } from './award-standing.js';
import type { CriterionEvaluator } from './criterion-spec.js';
import { memberName, unitOf } from './subject.js';

/** 7/10 → "70%", 2/3 → "66,6%" (floored, so the shown figure never overstates the share). */
function formatShareVi(count: number, total: number): string {
  const tenths = Math.floor((count * 1000) / total);
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return decimal === 0 ? `${whole}%` : `${whole},${decimal}%`;
}

/**
 * At least `minPercent` % of members hold the award in the proposal year (on record or meeting its
 * criteria in the same round). Compared in integers: count × 100 ≥ minPercent × total.
 */
export const membersRatioMeeting: CriterionEvaluator<'members_ratio_meeting'> = (params, context) => {
  const unit = unitOf(context, 'members_ratio_meeting');
  const label = AWARD_SHORT_LABELS[params.award];
  const total = unit.members.length;
  if (total === 0) {
    return { met: false, detail: 'Tập thể chưa có danh sách thành viên' };
  }
  const meeting = unit.members.filter((member) => awardStanding(member, params.award, context).meets).length;
  const met = meeting * 100 >= params.minPercent * total;
  return {
    met,
    detail:
      `${meeting}/${total} thành viên (${formatShareVi(meeting, total)}) đạt ${label} năm ${context.year}; ` +
      `cần từ ${params.minPercent}% trở lên`,
  };
};

/** Nobody disciplined at `minimum` or above in the year: a period ending mid-year still counts for that year. */
export const noMemberDisciplineAtLeast: CriterionEvaluator<'no_member_discipline_at_least'> = (params, context) => {
  const unit = unitOf(context, 'no_member_discipline_at_least');
  const year = yearPeriod(context.year);
  const found = unit.members.flatMap((member) =>
    member.disciplines
      .filter((discipline) => disciplineAtLeast(discipline.level, params.minimum) && overlaps(discipline, year))
      .map(
        (discipline) => `${memberName(member)} (${DISCIPLINE_LABELS[discipline.level]} ${formatPeriodVi(discipline)})`,
      ),
  );
  const threshold = `từ mức ${DISCIPLINE_LABELS[params.minimum]} trở lên`;
  if (found.length === 0) {
    return { met: true, detail: `Không có thành viên bị kỷ luật ${threshold} trong năm ${context.year}` };
  }
  return {
    met: false,
    detail: `Có thành viên bị kỷ luật ${threshold} trong năm ${context.year}: ${found.join('; ')}`,
  };
};

/** Every member rated at least `minimum` in the year; a missing rating cannot be assumed. */
export const allMembersRatingAtLeast: CriterionEvaluator<'all_members_rating_at_least'> = (params, context) => {
  const unit = unitOf(context, 'all_members_rating_at_least');
  if (unit.members.length === 0) {
    return { met: false, detail: 'Tập thể chưa có danh sách thành viên' };
  }
  const requirement = ratingRequirementVi(params.minimum);
  const failing = unit.members.filter((member) => !ratingAtLeast(member.appraisals.get(context.year), params.minimum));
  if (failing.length === 0) {
    return {
      met: true,
      detail: `Tất cả ${unit.members.length} thành viên được xếp loại ${requirement} năm ${context.year}`,
    };
  }
  const list = failing
    .map((member) => {
      const rating = member.appraisals.get(context.year);
      return `${memberName(member)} (${rating === undefined ? 'chưa có xếp loại' : RATING_LABELS[rating]})`;
    })
    .join(', ');
  return { met: false, detail: `Thành viên chưa được xếp loại ${requirement} năm ${context.year}: ${list}` };
};

/** At least one member holds the award in the year (on record or meeting its criteria in the same round). */
export const atLeastOneMemberWith: CriterionEvaluator<'at_least_one_member_with'> = (params, context) => {
  const unit = unitOf(context, 'at_least_one_member_with');
  const label = AWARD_SHORT_LABELS[params.award];
  const holders = unit.members.filter((member) => awardStanding(member, params.award, context).meets);
  if (holders.length === 0) {
    return { met: false, detail: `Chưa có thành viên nào đạt ${label} năm ${context.year}` };
  }
  return {
    met: true,
    detail: `Có ${holders.length} thành viên đạt ${label} năm ${context.year}: ${holders.map(memberName).join(', ')}`,
  };
};
