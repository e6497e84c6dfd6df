import type { UnitHistory } from '../history/index.js';
import { fixesFor, unitTimeline } from './unit-profile.views.js';

const UNIT = '7d7c1f0e-0000-4000-8000-000000000001';

describe('what fixes a collective criterion not met', () => {
  it('the collective rating (Law Art. 27, 28): the rating form of the year, opened and pre-filled', () => {
    expect(fixesFor('rating_excellent', UNIT, 2025, 'vi')).toEqual([
      { label: 'Ghi xếp loại tập thể năm 2025', href: `/units/${UNIT}?year=2025&open=appraisal&formYear=2025#form-appraisal` },
    ]);
    expect(fixesFor('rating_good_or_better', UNIT, 2025, 'en')[0].label).toBe('Record the collective rating for 2025');
  });

  it('two years excellent or TTLĐXS (Bắc Ninh QĐ 86/2025 Art. 3(3)(c)): either year’s rating, or the TTLĐXS of the year before', () => {
    const fixes = fixesFor('excellent_or_ttldxs_2_consecutive', UNIT, 2025, 'vi');
    expect(fixes.map((fix) => fix.label)).toEqual([
      'Ghi xếp loại tập thể năm 2024',
      'Ghi xếp loại tập thể năm 2025',
      'Ghi Tập thể lao động xuất sắc năm 2024',
    ]);
    expect(fixes[2].href).toBe(`/units/${UNIT}?year=2025&open=award&formYear=2024&formAward=TTLDXS#form-award`);
  });

  it('the members’ share of LĐTT (Law Art. 28) and a member CSTĐCS (Art. 27): the unit’s candidates for that title', () => {
    expect(fixesFor('members_ldtt_70pct', UNIT, 2025, 'vi')).toEqual([
      { label: 'Xem thành viên nào chưa đạt Lao động tiên tiến', href: `/eligibility?awardType=LDTT&year=2025&unitId=${UNIT}` },
    ]);
    expect(fixesFor('member_cstdcs_at_least_one', UNIT, 2025, 'vi')[0].href).toBe(`/eligibility?awardType=CSTDCS&year=2025&unitId=${UNIT}`);
  });

  it('a freeze (the principles, Nghị định 152/2025 Điều 4): the freezes of the page; confirmations and "already awarded": nothing to fix', () => {
    expect(fixesFor('no_freeze', UNIT, 2025, 'vi')).toEqual([{ label: 'Xem và kết thúc việc tạm dừng', href: '#freezes' }]);
    expect(fixesFor('emulation_movement_and_unity', UNIT, 2025, 'vi')).toEqual([]);
    expect(fixesFor('not_already_awarded', UNIT, 2025, 'vi')).toEqual([]);
  });
});

describe('the collective timeline', () => {
  it('has one row per year with a rating or award, newest first', () => {
    const history: UnitHistory = {
      unit: { id: UNIT, code: 'PVBD', name: 'Phòng Phục vụ bạn đọc' },
      titles: [
        {
          id: 'a1',
          awardType: 'TTLDTT',
          awardName: 'Tập thể lao động tiên tiến',
          kind: 'title',
          staffId: null,
          unitId: UNIT,
          year: 2023,
          basis: 'regular',
          decisionNumber: '5/QĐ-SVHTTDL',
          decisionDate: '2024-01-15',
          issuerId: null,
          issuerName: null,
          source: 'entered',
          revoked: false,
          revokedAt: null,
          revokedReason: null,
          createdAt: new Date('2024-01-20'),
          deletedAt: null,
          deletedReason: null,
        },
      ],
      commendations: [],
      appraisals: [{ id: 'r1', staffId: null, unitId: UNIT, year: 2024, rating: 'excellent', deletedAt: null, deletedReason: null }],
      freezes: [],
    };
    const rows = unitTimeline(history, 'vi');
    expect(rows.map((row) => row.year)).toEqual([2024, 2023]);
    expect(rows[0]).toMatchObject({ rating: 'Hoàn thành xuất sắc nhiệm vụ', titles: [] });
    expect(rows[1]).toMatchObject({ rating: null, titles: [{ name: 'Tập thể lao động tiên tiến', decisionNumber: '5/QĐ-SVHTTDL' }] });
  });
});
