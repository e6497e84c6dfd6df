import { objectionResolverConflict, objectionsOpenOn, postingMinimumFor } from './posting-period.js';
import { DEFAULT_PROVINCE_RULES } from '../provinces/default-province.js';
import { mergeProvinceRules } from '../provinces/province-rules.js';

describe('the minimum of a public posting (công khai) — domain-rules §4.4', () => {
  it('a list with a State-level award posts at least 10 working days (NĐ 152/2025/NĐ-CP Điều 44 khoản 2)', () => {
    const minimum = postingMinimumFor(['LDTT', 'CSTD_TOAN_QUOC', 'CSTDCS'], DEFAULT_PROVINCE_RULES);
    expect(minimum).toMatchObject({ award: 'CSTD_TOAN_QUOC', stateLevel: true, workingDays: { value: 10, verified: true } });
    expect(minimum.workingDays.source).toContain('Điều 44 khoản 2');
  });

  it('an in-unit list posts the days of the settings, unverified (no national period found, domain-rules §4.4 [I])', () => {
    expect(postingMinimumFor(['LDTT', 'CSTDCS'], DEFAULT_PROVINCE_RULES)).toMatchObject({
      stateLevel: false,
      workingDays: { value: 5, verified: false },
    });
  });

  it('takes the longest rule of the list: a province whose in-unit posting is longer than 10 days sets the minimum', () => {
    const rules = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
      inUnitPostingWorkingDays: { value: 12, verified: true, source: 'Quy chế thi đua của đơn vị' },
    });
    expect(postingMinimumFor(['HCLD_HANG_BA', 'LDTT'], rules)).toMatchObject({
      award: 'LDTT',
      stateLevel: false,
      workingDays: { value: 12 },
    });
    // On a tie the State-level rule is named: its source is the decree.
    const tie = mergeProvinceRules(DEFAULT_PROVINCE_RULES, { inUnitPostingWorkingDays: { value: 10, verified: false, source: 'x' } });
    expect(postingMinimumFor(['LDTT', 'HCLD_HANG_BA'], tie)).toMatchObject({ award: 'HCLD_HANG_BA', stateLevel: true });
  });

  it('the State-level days follow the setting in force on the start date (a later decree is a new dated row)', () => {
    const stateLevel = { value: 15, verified: false, source: 'Thiết lập thử' };
    expect(postingMinimumFor(['CSTD_TOAN_QUOC'], DEFAULT_PROVINCE_RULES, stateLevel).workingDays).toEqual(stateLevel);
  });

  it('a local award the law does not know posts as the in-unit rule says', () => {
    expect(postingMinimumFor(['GIAY_KHEN_GIAM_DOC'], DEFAULT_PROVINCE_RULES)).toMatchObject({
      stateLevel: false,
      workingDays: { value: 5 },
    });
  });

  it('refuses an empty list (a posting lists at least one nomination)', () => {
    expect(() => postingMinimumFor([], DEFAULT_PROVINCE_RULES)).toThrow('at least one nomination');
  });
});

describe('objections during the posting (Luật Thi đua, khen thưởng 2022, Điều 5: công khai, minh bạch)', () => {
  it('are taken up to and including the last working day, also before the first', () => {
    expect(objectionsOpenOn('2026-03-03', '2026-03-03')).toBe(true);
    expect(objectionsOpenOn('2026-03-03', '2026-02-01')).toBe(true);
    expect(objectionsOpenOn('2026-03-03', '2026-03-04')).toBe(false);
  });

  it('are not ruled on by who raised them, nor by the nominee, the proposer or the submitter (the four-eyes rule of issue 10)', () => {
    const parties = { nomineeStaffId: 'staff-1', proposedByUserId: 'user-hr', submittedByUserId: 'user-hr2' };
    expect(objectionResolverConflict({ userId: 'user-a' }, 'user-a', parties)).toBe('objector');
    expect(objectionResolverConflict({ userId: 'user-b', staffId: 'staff-1' }, 'user-a', parties)).toBe('own_nomination');
    expect(objectionResolverConflict({ userId: 'user-hr' }, 'user-a', parties)).toBe('proposed_by_actor');
    expect(objectionResolverConflict({ userId: 'user-hr2' }, 'user-a', parties)).toBe('submitted_by_actor');
    expect(objectionResolverConflict({ userId: 'user-secretary' }, 'user-a', parties)).toBeNull();
  });
});
