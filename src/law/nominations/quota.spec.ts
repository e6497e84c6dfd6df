import {
  assertWithinQuota,
  QUOTA_HOLDING_STATES,
  QUOTA_WARNING_STATES,
  quotaCheck,
  quotaLimit,
  quotaSettingsFromCaps,
  type QuotaSettings,
} from './quota.js';
import { catchError } from '../testing/catch-error.js';
import { DEFAULT_PROVINCE_RULES } from '../provinces/default-province.js';
import { mergeProvinceRules } from '../provinces/province-rules.js';

const PHONG = { id: 'unit-pvbd', name: 'Phòng Phục vụ bạn đọc', staffCount: 22 };
const FIFTEEN_PERCENT: QuotaSettings = {
  CSTDCS: { value: { kind: 'percent_of_staff', percent: 15, rounding: 'down' }, verified: true, source: 'Quyết định của tỉnh A' },
};
const share = (percent: number, rounding: 'down' | 'up' | 'nearest', staffCount: number) =>
  quotaLimit({ kind: 'percent_of_staff', percent, rounding }, { ...PHONG, staffCount });

describe('no national quota — domain-rules §2.10 (the 15 % CSTĐCS cap was NĐ 91/2017/NĐ-CP Điều 9 khoản 3, repealed)', () => {
  it('the default province has no quota: any number passes, and the check says there is no limit', () => {
    const settings = quotaSettingsFromCaps(DEFAULT_PROVINCE_RULES);
    expect(settings).toEqual({});
    const check = quotaCheck(settings, 'CSTDCS', PHONG, 21, 1);
    expect(check).toMatchObject({ limit: null, remaining: null, exceeded: false, setting: null, count: 22 });
    expect(() => assertWithinQuota(check)).not.toThrow();
  });
});

describe('a share of the unit’s staff with its rounding rule — a province setting (domain-rules §2.10 "provincial/sector caps possible" [I])', () => {
  it('15 % of 22 staff is 3.3: 3 rounding down, 4 up, 3 to the nearest', () => {
    expect([share(15, 'down', 22), share(15, 'up', 22), share(15, 'nearest', 22)]).toEqual([3, 4, 3]);
  });

  it('exact shares stay exact whatever the rounding: 15 % of 20 is 3; 29 % of 100 is 29 (0.29 × 100 is 28.999… in floats)', () => {
    expect([share(15, 'down', 20), share(15, 'up', 20)]).toEqual([3, 3]);
    expect([share(29, 'down', 100), share(29, 'up', 100)]).toEqual([29, 29]);
  });

  it('two decimals are allowed: 12.5 % of 20 is 2.5 → 2 down, 3 nearest', () => {
    expect([share(12.5, 'down', 20), share(12.5, 'nearest', 20)]).toEqual([2, 3]);
  });

  it('the province’s percent caps become quota settings, rounded down and unverified unless the rounding is given', () => {
    const rules = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
      capsPercent: { CSTDCS: { value: 15, verified: true, source: 'Quyết định của tỉnh A' } },
    });
    const defaulted = quotaSettingsFromCaps(rules).CSTDCS;
    expect(defaulted?.value).toEqual({ kind: 'percent_of_staff', percent: 15, rounding: 'down' });
    expect(defaulted?.verified).toBe(false);
    expect(defaulted?.source).toContain('chưa xác minh');
    expect(quotaSettingsFromCaps(rules, 'nearest').CSTDCS).toMatchObject({ value: { rounding: 'nearest' }, verified: true });
  });
});

describe('the hard stop at approval with the numbers of the message — issue 10 ("CSTĐCS: 4 of at most 3 for Phòng Phục vụ bạn đọc")', () => {
  it('3 already approved, a 4th refused with award, count, limit and unit', () => {
    const check = quotaCheck(FIFTEEN_PERCENT, 'CSTDCS', PHONG, 3, 1);
    expect(check).toMatchObject({ count: 4, limit: 3, remaining: -1, exceeded: true });
    expect(catchError(() => assertWithinQuota(check))).toMatchObject({
      code: 'NOMINATION_QUOTA_EXCEEDED',
      message: 'CSTDCS: 4 of at most 3 for Phòng Phục vụ bạn đọc',
      params: { award: 'CSTDCS', count: 4, limit: 3, unit: 'Phòng Phục vụ bạn đọc' },
    });
  });

  it('the 3rd fits (the live counter shows none remaining); another award has no quota', () => {
    const third = quotaCheck(FIFTEEN_PERCENT, 'CSTDCS', PHONG, 2, 1);
    expect(third).toMatchObject({ count: 3, remaining: 0, exceeded: false });
    expect(() => assertWithinQuota(third)).not.toThrow();
    expect(quotaCheck(FIFTEEN_PERCENT, 'LDTT', PHONG, 22, 1).exceeded).toBe(false);
  });

  it('a bulk approval counts all it adds at once: 1 approved + 3 more of at most 3 is refused', () => {
    expect(catchError(() => assertWithinQuota(quotaCheck(FIFTEEN_PERCENT, 'CSTDCS', PHONG, 1, 3)))).toMatchObject({
      params: { count: 4, limit: 3 },
    });
  });
});

describe('counts allotted per unit by the level above — issue 10 "Quotas"', () => {
  const ALLOTTED: QuotaSettings = {
    CSTDCS: { value: { kind: 'allotted', perUnit: { 'unit-pvbd': 2 } }, verified: true, source: 'Công văn phân bổ chỉ tiêu của Sở' },
  };

  it('the unit’s own count is its limit: 2 fit, a 3rd is refused', () => {
    expect(quotaCheck(ALLOTTED, 'CSTDCS', PHONG, 1, 1).exceeded).toBe(false);
    expect(catchError(() => assertWithinQuota(quotaCheck(ALLOTTED, 'CSTDCS', PHONG, 2, 1)))).toMatchObject({
      params: { count: 3, limit: 2 },
    });
  });

  it('a unit the allotment does not list was allotted none', () => {
    expect(quotaCheck(ALLOTTED, 'CSTDCS', { id: 'unit-other', name: 'Phòng Hành chính', staffCount: 10 }, 0, 1)).toMatchObject({
      limit: 0,
      exceeded: true,
    });
  });
});

describe('which nominations hold a place', () => {
  it('approved onward until decided; returned, rejected, failed and withdrawn free theirs; submitted only warns', () => {
    expect(QUOTA_HOLDING_STATES).toEqual(['approved', 'on_agenda', 'passed', 'posted', 'proposed_upward', 'decided']);
    for (const freed of ['returned', 'rejected', 'failed', 'withdrawn', 'draft'] as const) {
      expect(QUOTA_WARNING_STATES).not.toContain(freed);
    }
    expect(QUOTA_WARNING_STATES).toContain('submitted');
    expect(QUOTA_HOLDING_STATES).not.toContain('submitted');
  });
});

describe('bad quota input is a typed error', () => {
  it('percent outside 0–100 or finer than 0.01, a negative or fractional staff count, negative counts', () => {
    for (const action of [
      () => share(12.345, 'down', 20),
      () => share(101, 'down', 20),
      () => share(-1, 'down', 20),
      () => share(15, 'down', 2.5),
      () => quotaCheck(FIFTEEN_PERCENT, 'CSTDCS', PHONG, -1, 1),
      () => quotaCheck(FIFTEEN_PERCENT, 'CSTDCS', PHONG, 0, 0.5),
    ]) {
      expect(catchError(action)).toMatchObject({ code: 'INVALID_QUOTA_INPUT' });
    }
  });
});
