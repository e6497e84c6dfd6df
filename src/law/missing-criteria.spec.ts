import { evaluateStaff, evaluateUnit } from './evaluate.js';
import { isNearMiss, missingCriteria } from './missing-criteria.js';
import { buildStaff, buildUnit, freeze, membersMeetingLdtt, membersMissingLdtt } from './testing/facts.factory.js';

describe('Near-miss listing for bulk candidate lists', () => {
  it('a CSTĐCS candidate rated good without initiative misses exactly one criterion', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'CSTDCS', 2025);
    expect(missingCriteria(result).map((item) => item.code)).toEqual(['excellent_or_initiative']);
    expect(isNearMiss(result)).toBe(true);
  });

  it('criteria awaiting confirmation (null) are not "missing"', () => {
    const result = evaluateStaff(buildStaff({ ratings: { 2025: 'good' } }), 'LDTT', 2025);
    expect(missingCriteria(result)).toEqual([]);
    expect(isNearMiss(result)).toBe(false);
  });

  it('two failures are not a near-miss', () => {
    const staff = buildStaff({
      ratings: { 2025: 'completed' },
      freezes: [freeze('Đang bị xem xét kỷ luật', '2025-04-01', null)],
    });
    const result = evaluateStaff(staff, 'LDTT', 2025);
    expect(missingCriteria(result).map((item) => item.code)).toEqual(['rating_good_or_better', 'no_freeze']);
    expect(isNearMiss(result)).toBe(false);
  });

  it('a collective at 6/10 LĐTT misses only the ratio', () => {
    const unit = buildUnit({
      ratings: { 2025: 'good' },
      members: [...membersMeetingLdtt(6, 2025), ...membersMissingLdtt(4, 2025)],
    });
    const missing = missingCriteria(evaluateUnit(unit, 'TTLDTT', 2025));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code: 'members_ldtt_70pct', met: false });
  });
});
