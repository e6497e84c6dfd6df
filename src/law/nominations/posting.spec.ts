import { postingRuleFor } from './posting.js';
import { nextState } from './transitions.js';
import { catchError } from '../testing/catch-error.js';
import { DEFAULT_PROVINCE_RULES } from '../provinces/default-province.js';
import { mergeProvinceRules } from '../provinces/province-rules.js';

describe('public posting (công khai) before a nomination moves on — domain-rules §4.4', () => {
  it('State-level awards post 10 working days, verified (NĐ 152/2025/NĐ-CP Điều 44 khoản 2)', () => {
    for (const award of ['CSTD_TOAN_QUOC', 'HCLD_HANG_BA'] as const) {
      const rule = postingRuleFor(award, DEFAULT_PROVINCE_RULES);
      expect(rule).toMatchObject({ required: true, workingDays: { value: 10, verified: true } });
      expect(rule.workingDays.source).toContain('Điều 44 khoản 2');
    }
  });

  it('in-unit awards post for the days of the settings (5 by default, unverified: no national period found)', () => {
    expect(postingRuleFor('CSTDCS', DEFAULT_PROVINCE_RULES)).toMatchObject({ required: true, workingDays: { value: 5, verified: false } });
    const rules = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
      inUnitPostingWorkingDays: { value: 3, verified: true, source: 'Quy chế của đơn vị' },
    });
    expect(postingRuleFor('LDTT', rules).workingDays.value).toBe(3);
  });

  it('what it says is what the transitions enforce: a passed CSTĐ toàn quốc cannot be proposed upward unposted', () => {
    const secretary = {
      actor: { userId: 'user-secretary', roles: ['council_secretary' as const] },
      nomination: { nomineeStaffId: 'staff-1' },
      postingRequired: postingRuleFor('CSTD_TOAN_QUOC', DEFAULT_PROVINCE_RULES).required,
    };
    expect(catchError(() => nextState('passed', 'propose_upward', secretary))).toMatchObject({ code: 'NOMINATION_POSTING_REQUIRED' });
    expect(nextState('passed', 'post', secretary)).toBe('posted');
  });
});
