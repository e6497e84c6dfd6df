import { ballotOutcome, ballotThreshold } from './ballot.js';
import { recusedMembers } from './recusal.js';

const MEMBERS = [
  { name: 'Chủ tịch', userId: 'user-director', staffId: 'staff-director' },
  { name: 'Thư ký', userId: 'user-hr', staffId: 'staff-hr' },
  { name: 'Ủy viên A', userId: null, staffId: 'staff-a' },
  { name: 'Ủy viên B', userId: null, staffId: 'staff-b' },
  { name: 'Ủy viên C', userId: null, staffId: null },
];

describe('recused council members — issue 10: the nominee or the proposer is recused and counted as such (NĐ 98/2023 Điều 30 khoản 7: base of all members)', () => {
  it('finds the nominee and the proposer among the members, and no one else', () => {
    const recused = recusedMembers(MEMBERS, { nomineeStaffId: 'staff-a', proposedByUserId: 'user-hr', submittedByUserId: 'user-hr' });
    expect(recused.map((member) => member.name)).toEqual(['Thư ký', 'Ủy viên A']);
  });

  it('feeds the ballot: with 2 of 5 recused, 3 for cannot reach 80 % of 5 (4 needed)', () => {
    const recused = recusedMembers(MEMBERS, { nomineeStaffId: 'staff-a', proposedByUserId: 'user-hr' }).length;
    const outcome = ballotOutcome(
      { members: MEMBERS.length, for: 3, against: 0, recused },
      ballotThreshold({ value: 80, verified: false, source: 'NĐ 98/2023 Điều 30 khoản 7' }),
    );
    expect(outcome).toMatchObject({ passed: false, recused: 2, required: 4 });
  });

  it('a collective’s nomination proposed by someone outside the council recuses nobody', () => {
    expect(recusedMembers(MEMBERS, { nomineeStaffId: null, proposedByUserId: 'user-outside' })).toEqual([]);
  });
});
