import type { ProvinceSetting } from '../provinces/province-rules.js';
import type { EligibilityResult } from '../result.js';
import { REGISTRATION_CRITERION, registrationCriterion, type RegistrationFact, withRegistrationCriterion } from './registration.js';

const SOURCE = 'Thực tiễn đăng ký thi đua đầu năm; chưa xác định điều khoản của Luật 2022';
const OFF: ProvinceSetting<boolean> = { value: false, verified: false, source: SOURCE };
const ON: ProvinceSetting<boolean> = { value: true, verified: false, source: SOURCE };
const ON_VERIFIED: ProvinceSetting<boolean> = { value: true, verified: true, source: 'Quyết định 01/2027/QĐ-UBND tỉnh A, Điều 4' };

const ANNUAL: RegistrationFact = { year: 2025, awardType: 'LDTT', campaignName: 'Phong trào thi đua năm 2025' };

const result = (met: Array<boolean | null>): EligibilityResult => ({
  eligible: met.every((each) => each !== false),
  awardType: 'LDTT',
  year: 2025,
  rulebook: 'nd-152-2025',
  criteria: met.map((each, index) => ({ code: `c${index}`, met: each, reason: { key: 'members.none', params: {} }, legalBasis: 'x' })),
});

describe('registration as a precondition of a title — a province setting, unverified (domain-rules §4.2 step 1: "verify the 2022 Law article")', () => {
  it('adds nothing while the setting in force is off (the default)', () => {
    expect(registrationCriterion(OFF, [], 'LDTT', 2025)).toBeNull();
    expect(withRegistrationCriterion(result([true]), null)).toEqual(result([true]));
  });

  it('is met by a registration of the same award in a campaign of the year, naming the campaign once', () => {
    const criterion = registrationCriterion(ON, [ANNUAL, { ...ANNUAL }], 'LDTT', 2025);
    expect(criterion).toMatchObject({ code: REGISTRATION_CRITERION, met: true });
    expect(criterion?.reason).toEqual({
      key: 'registration.registered',
      params: {
        award: { kind: 'award', value: 'LDTT' },
        year: { kind: 'year', value: 2025 },
        campaigns: { kind: 'names', value: ['Phong trào thi đua năm 2025'] },
      },
    });
  });

  it('is not met by a registration of another award, or of the same award in another year', () => {
    const others: RegistrationFact[] = [
      { ...ANNUAL, awardType: 'CSTDCS' },
      { ...ANNUAL, year: 2024 },
    ];
    const criterion = registrationCriterion(ON, others, 'LDTT', 2025);
    expect(criterion).toMatchObject({ met: false, reason: { key: 'registration.not_registered' } });
  });

  it('cites the setting as its basis, marked "chưa xác minh" while unverified, as it is when verified', () => {
    expect(registrationCriterion(ON, [], 'LDTT', 2025)?.legalBasis).toBe(`${SOURCE} (chưa xác minh)`);
    expect(registrationCriterion(ON_VERIFIED, [], 'LDTT', 2025)?.legalBasis).toBe('Quyết định 01/2027/QĐ-UBND tỉnh A, Điều 4');
  });

  it('an unmet registration makes an otherwise eligible subject ineligible; a met one keeps it eligible; added last, once', () => {
    const notRegistered = withRegistrationCriterion(result([true, null]), registrationCriterion(ON, [], 'LDTT', 2025));
    expect(notRegistered.eligible).toBe(false);
    expect(notRegistered.criteria.map((each) => each.code)).toEqual(['c0', 'c1', REGISTRATION_CRITERION]);
    const registered = withRegistrationCriterion(notRegistered, registrationCriterion(ON, [ANNUAL], 'LDTT', 2025));
    expect(registered.eligible).toBe(true);
    expect(registered.criteria.filter((each) => each.code === REGISTRATION_CRITERION)).toHaveLength(1);
    expect(withRegistrationCriterion(result([false]), registrationCriterion(ON, [ANNUAL], 'LDTT', 2025)).eligible).toBe(false);
  });
});
