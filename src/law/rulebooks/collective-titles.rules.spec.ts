import { evaluateUnit } from '../evaluate.js';
import {
  award,
  buildStaff,
  buildUnit,
  discipline,
  freeze,
  membersMeetingLdtt,
  membersMissingLdtt,
  ratingsFor,
} from '../testing/facts.factory.js';
import { criterion } from '../testing/result.helpers.js';

describe('TTLĐTT — Luật TĐKT 2022 Điều 28 (as restated by QĐ 86/2025/QĐ-UBND Bắc Ninh)', () => {
  const year = 2025;

  it('7 of 10 members meeting LĐTT is exactly 70 % → met, unit eligible', () => {
    const unit = buildUnit({
      ratings: { [year]: 'good' },
      members: [...membersMeetingLdtt(7, year), ...membersMissingLdtt(3, year)],
    });
    const result = evaluateUnit(unit, 'TTLDTT', year);
    expect(criterion(result, 'members_ldtt_70pct')).toEqual({
      code: 'members_ldtt_70pct',
      met: true,
      detail: '7/10 thành viên (70%) đạt LĐTT năm 2025; cần từ 70% trở lên',
      legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 28',
    });
    expect(result.eligible).toBe(true);
  });

  it('6 of 10 members → not met, unit not eligible', () => {
    const unit = buildUnit({
      ratings: { [year]: 'good' },
      members: [...membersMeetingLdtt(6, year), ...membersMissingLdtt(4, year)],
    });
    const result = evaluateUnit(unit, 'TTLDTT', year);
    expect(criterion(result, 'members_ldtt_70pct').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('members’ LĐTT may be on record or met by the same year’s criteria; a frozen member does not count', () => {
    const recorded = buildStaff({ ratings: { [year]: 'completed' }, awards: [award('LDTT', year)] });
    const frozen = buildStaff({
      ratings: { [year]: 'excellent' },
      freezes: [freeze('Đang bị xem xét kỷ luật', '2025-05-01', null)],
    });
    const unit = buildUnit({
      ratings: { [year]: 'good' },
      members: [recorded, frozen, ...membersMeetingLdtt(1, year)],
    });
    const result = evaluateUnit(unit, 'TTLDTT', year);
    expect(criterion(result, 'members_ldtt_70pct').detail).toContain('2/3 thành viên');
  });

  it('unit rated only "hoàn thành" → not eligible', () => {
    const unit = buildUnit({ ratings: { [year]: 'completed' }, members: membersMeetingLdtt(5, year) });
    const result = evaluateUnit(unit, 'TTLDTT', year);
    expect(criterion(result, 'rating_good_or_better').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('a member’s warning ending mid-year blocks that year but not the next', () => {
    const bothYears = ratingsFor([2025, 2026], 'good');
    const disciplined = buildStaff({
      ratings: bothYears,
      disciplines: [discipline('warning', '2025-01-10', '2025-07-10')],
    });
    const others = Array.from({ length: 9 }, () => buildStaff({ ratings: bothYears }));
    const unit = buildUnit({ ratings: bothYears, members: [disciplined, ...others] });

    const sameYear = evaluateUnit(unit, 'TTLDTT', 2025);
    expect(criterion(sameYear, 'no_member_warning_or_above').met).toBe(false);
    expect(sameYear.eligible).toBe(false);

    const nextYear = evaluateUnit(unit, 'TTLDTT', 2026);
    expect(criterion(nextYear, 'no_member_warning_or_above').met).toBe(true);
    expect(nextYear.eligible).toBe(true);
  });

  it('a member’s reprimand does not block the collective', () => {
    const reprimanded = buildStaff({
      ratings: { [year]: 'completed' },
      disciplines: [discipline('reprimand', '2025-03-01', '2025-09-01')],
    });
    const unit = buildUnit({ ratings: { [year]: 'good' }, members: [reprimanded, ...membersMeetingLdtt(9, year)] });
    expect(evaluateUnit(unit, 'TTLDTT', year).eligible).toBe(true);
  });
});

describe('TTLĐXS — Luật TĐKT 2022 Điều 27', () => {
  const year = 2025;

  it('excellent unit, everybody completed, ≥ 70 % LĐTT, one member meeting CSTĐCS this round → eligible', () => {
    const star = buildStaff({ fullName: 'Vũ Thị Mai', ratings: { [year]: 'excellent' } });
    const unit = buildUnit({
      ratings: { [year]: 'excellent' },
      members: [star, ...membersMeetingLdtt(6, year), ...membersMissingLdtt(3, year)],
    });
    const result = evaluateUnit(unit, 'TTLDXS', year);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'member_cstdcs_at_least_one').detail).toBe('Có 1 thành viên đạt CSTĐCS năm 2025: Vũ Thị Mai');
  });

  it('one member "không hoàn thành nhiệm vụ" → not eligible (100 % must complete)', () => {
    const failing = buildStaff({ ratings: { [year]: 'not_completed' } });
    const unit = buildUnit({
      ratings: { [year]: 'excellent' },
      members: [failing, buildStaff({ ratings: { [year]: 'excellent' } }), ...membersMeetingLdtt(8, year)],
    });
    const result = evaluateUnit(unit, 'TTLDXS', year);
    expect(criterion(result, 'all_members_completed').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('no member reaching CSTĐCS → not eligible', () => {
    const unit = buildUnit({ ratings: { [year]: 'excellent' }, members: membersMeetingLdtt(10, year) });
    const result = evaluateUnit(unit, 'TTLDXS', year);
    expect(criterion(result, 'member_cstdcs_at_least_one').met).toBe(false);
    expect(result.eligible).toBe(false);
  });

  it('unit rated only "hoàn thành tốt" → not eligible', () => {
    const unit = buildUnit({
      ratings: { [year]: 'good' },
      members: membersMeetingLdtt(10, year, 'excellent'),
    });
    const result = evaluateUnit(unit, 'TTLDXS', year);
    expect(criterion(result, 'rating_excellent').met).toBe(false);
    expect(result.eligible).toBe(false);
  });
});

describe('Cờ thi đua của UBND tỉnh — Luật TĐKT 2022 Điều 26; QĐ 86/2025 Bắc Ninh Điều 3 khoản 1', () => {
  it('excellent unit → eligible, leading the cluster left to a person (met:null)', () => {
    const result = evaluateUnit(buildUnit({ ratings: { 2025: 'excellent' } }), 'CO_THI_DUA_TINH', 2025);
    expect(result.eligible).toBe(true);
    expect(criterion(result, 'leads_emulation_cluster').met).toBeNull();
    expect(criterion(result, 'leads_emulation_cluster').legalBasis).toContain('Điều 26');
  });

  it('unit rated good → not eligible', () => {
    expect(evaluateUnit(buildUnit({ ratings: { 2025: 'good' } }), 'CO_THI_DUA_TINH', 2025).eligible).toBe(false);
  });
});
