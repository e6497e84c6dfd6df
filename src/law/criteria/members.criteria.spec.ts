import type { StaffFacts } from '../facts.js';
import { award, buildStaff, buildUnit, discipline, membersMeetingLdtt, membersMissingLdtt } from '../testing/facts.factory.js';
import { criteriaFailed, criteriaMet, unitContext } from '../testing/context.factory.js';
import { inWords } from '../testing/described.js';
import {
  allMembersRatingAtLeast as allMembersRatingAtLeastEvaluator,
  atLeastOneMemberWith as atLeastOneMemberWithEvaluator,
  membersRatioMeeting as membersRatioMeetingEvaluator,
  noMemberDisciplineAtLeast as noMemberDisciplineAtLeastEvaluator,
} from './members.criteria.js';

/** Each evaluator answers in Vietnamese words here, as a person reads it. */
const allMembersRatingAtLeast = inWords(allMembersRatingAtLeastEvaluator);
const atLeastOneMemberWith = inWords(atLeastOneMemberWithEvaluator);
const membersRatioMeeting = inWords(membersRatioMeetingEvaluator);
const noMemberDisciplineAtLeast = inWords(noMemberDisciplineAtLeastEvaluator);

/** Stub: a member meets the nested award iff rated good or better in 2025. */
function byRating(staff: StaffFacts) {
  const rating = staff.appraisals.get(2025);
  return rating === 'good' || rating === 'excellent' ? criteriaMet() : criteriaFailed();
}

describe('members_ratio_meeting — ≥ 70 % thành viên đạt LĐTT (Luật TĐKT 2022 Điều 28)', () => {
  const params = { award: 'LDTT', minPercent: 70 } as const;

  it('is met at exactly 7 of 10', () => {
    const unit = buildUnit({ members: [...membersMeetingLdtt(7, 2025), ...membersMissingLdtt(3, 2025)] });
    const outcome = membersRatioMeeting(params, unitContext(unit, { year: 2025, evaluateStaffCriteria: byRating }));
    expect(outcome).toEqual({ met: true, detail: '7/10 thành viên (70%) đạt LĐTT năm 2025; cần từ 70% trở lên' });
  });

  it('is not met at 6 of 10', () => {
    const unit = buildUnit({ members: [...membersMeetingLdtt(6, 2025), ...membersMissingLdtt(4, 2025)] });
    const outcome = membersRatioMeeting(params, unitContext(unit, { year: 2025, evaluateStaffCriteria: byRating }));
    expect(outcome.met).toBe(false);
    expect(outcome.detail).toBe('6/10 thành viên (60%) đạt LĐTT năm 2025; cần từ 70% trở lên');
  });

  it('uses integer arithmetic where floats would fail (21 of 30 is exactly 70 %)', () => {
    const unit = buildUnit({ members: [...membersMeetingLdtt(21, 2025), ...membersMissingLdtt(9, 2025)] });
    expect(membersRatioMeeting(params, unitContext(unit, { year: 2025, evaluateStaffCriteria: byRating })).met).toBe(true);
  });

  it('counts a member whose LĐTT is on record even if rated lower', () => {
    const recorded = buildStaff({ ratings: { 2025: 'completed' }, awards: [award('LDTT', 2025)] });
    const unit = buildUnit({ members: [recorded, ...membersMissingLdtt(1, 2025)] });
    const outcome = membersRatioMeeting(
      { award: 'LDTT', minPercent: 50 },
      unitContext(unit, { year: 2025, evaluateStaffCriteria: byRating }),
    );
    expect(outcome.detail).toContain('1/2 thành viên (50%)');
  });

  it('shows a rounded share with a Vietnamese decimal comma (2/3 → 66,7%)', () => {
    const unit = buildUnit({ members: [...membersMeetingLdtt(2, 2025), ...membersMissingLdtt(1, 2025)] });
    const outcome = membersRatioMeeting(params, unitContext(unit, { year: 2025, evaluateStaffCriteria: byRating }));
    expect(outcome.detail).toContain('2/3 thành viên (66,7%)');
    expect(outcome.met).toBe(false);
  });

  it('is not met for a collective without members', () => {
    expect(membersRatioMeeting(params, unitContext(buildUnit(), { year: 2025 })).met).toBe(false);
  });
});

describe('no_member_discipline_at_least — không ai bị kỷ luật từ cảnh cáo (Luật TĐKT 2022 Điều 28)', () => {
  const params = { minimum: 'warning' } as const;

  it('a warning ending mid-year still blocks that year', () => {
    const member = buildStaff({
      fullName: 'Nguyễn Thị Hoa',
      disciplines: [discipline('warning', '2024-07-01', '2025-06-30')],
    });
    const outcome = noMemberDisciplineAtLeast(params, unitContext(buildUnit({ members: [member] }), { year: 2025 }));
    expect(outcome).toEqual({
      met: false,
      detail:
        'Có thành viên bị kỷ luật từ mức cảnh cáo trở lên trong năm 2025: ' + 'Nguyễn Thị Hoa (cảnh cáo từ 01/07/2024 đến 30/06/2025)',
    });
  });

  it('a warning that ended the previous year does not block', () => {
    const member = buildStaff({ disciplines: [discipline('warning', '2024-01-01', '2024-12-31')] });
    const outcome = noMemberDisciplineAtLeast(params, unitContext(buildUnit({ members: [member] }), { year: 2025 }));
    expect(outcome).toEqual({
      met: true,
      detail: 'Không có thành viên bị kỷ luật từ mức cảnh cáo trở lên trong năm 2025',
    });
  });

  it('a reprimand (below warning) does not block; a dismissal (above) does', () => {
    const reprimanded = buildStaff({ disciplines: [discipline('reprimand', '2025-02-01', null)] });
    const dismissed = buildStaff({ disciplines: [discipline('dismissal', '2025-11-01', null)] });
    expect(noMemberDisciplineAtLeast(params, unitContext(buildUnit({ members: [reprimanded] }), { year: 2025 })).met).toBe(true);
    expect(noMemberDisciplineAtLeast(params, unitContext(buildUnit({ members: [dismissed] }), { year: 2025 })).met).toBe(false);
  });
});

describe('all_members_rating_at_least — 100 % thành viên hoàn thành nhiệm vụ (Luật TĐKT 2022 Điều 27)', () => {
  const params = { minimum: 'completed' } as const;

  it('is met when everybody completed their tasks', () => {
    const unit = buildUnit({ members: [...membersMeetingLdtt(2, 2025), ...membersMissingLdtt(1, 2025)] });
    expect(allMembersRatingAtLeast(params, unitContext(unit, { year: 2025 }))).toEqual({
      met: true,
      detail: 'Tất cả 3 thành viên được xếp loại từ Hoàn thành nhiệm vụ trở lên năm 2025',
    });
  });

  it('names members rated lower or not rated', () => {
    const unit = buildUnit({
      members: [
        buildStaff({ fullName: 'Trần Văn Nam', ratings: { 2025: 'not_completed' } }),
        buildStaff({ fullName: 'Lê Thị Lan' }),
        ...membersMeetingLdtt(1, 2025),
      ],
    });
    expect(allMembersRatingAtLeast(params, unitContext(unit, { year: 2025 }))).toEqual({
      met: false,
      detail:
        'Thành viên chưa được xếp loại từ Hoàn thành nhiệm vụ trở lên năm 2025: ' +
        'Trần Văn Nam (Không hoàn thành nhiệm vụ), Lê Thị Lan (chưa có xếp loại)',
    });
  });
});

describe('at_least_one_member_with — có ít nhất một CSTĐCS (Luật TĐKT 2022 Điều 27)', () => {
  it('is met by a member whose CSTĐCS is on record', () => {
    const holder = buildStaff({ fullName: 'Phạm Minh Đức', awards: [award('CSTDCS', 2025)] });
    const unit = buildUnit({ members: [holder, ...membersMissingLdtt(2, 2025)] });
    const outcome = atLeastOneMemberWith(
      { award: 'CSTDCS' },
      unitContext(unit, { year: 2025, evaluateStaffCriteria: () => criteriaFailed() }),
    );
    expect(outcome).toEqual({ met: true, detail: 'Có 1 thành viên đạt CSTĐCS năm 2025: Phạm Minh Đức' });
  });

  it('is met by a member meeting the criteria in the same round', () => {
    const unit = buildUnit({ members: membersMeetingLdtt(1, 2025) });
    const outcome = atLeastOneMemberWith({ award: 'CSTDCS' }, unitContext(unit, { year: 2025, evaluateStaffCriteria: criteriaMet }));
    expect(outcome.met).toBe(true);
  });

  it('is not met when nobody qualifies', () => {
    const unit = buildUnit({ members: membersMeetingLdtt(3, 2025) });
    const outcome = atLeastOneMemberWith(
      { award: 'CSTDCS' },
      unitContext(unit, { year: 2025, evaluateStaffCriteria: () => criteriaFailed() }),
    );
    expect(outcome).toEqual({ met: false, detail: 'Chưa có thành viên nào đạt CSTĐCS năm 2025' });
  });
});

describe('members_ratio_meeting in English — Luật TĐKT 2022 Điều 28', () => {
  it('shows the rounded share with an English decimal point (2/3 → 66.7%)', () => {
    const unit = buildUnit({ members: [...membersMeetingLdtt(2, 2025), ...membersMissingLdtt(1, 2025)] });
    const outcome = inWords(membersRatioMeetingEvaluator, 'en')(
      { award: 'LDTT', minPercent: 70 },
      unitContext(unit, { year: 2025, evaluateStaffCriteria: byRating }),
    );
    expect(outcome).toEqual({ met: false, detail: '2/3 members (66.7%) meet Advanced Worker for 2025; at least 70% needed' });
  });
});
