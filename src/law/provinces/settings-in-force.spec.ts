import { DEFAULT_COUNCIL_MEETING_SETTINGS } from '../council/council-settings.js';
import { postingRuleFor } from '../nominations/posting.js';
import { quotaCheck } from '../nominations/quota.js';
import { DEFAULT_PROVINCE_RULES } from './default-province.js';
import { checkSetting, defaultSettingEntries, type SettingEntry, settingsInForce } from './settings-in-force.js';

const SEED = defaultSettingEntries('1900-01-01');
const period = (key: string, value: unknown, effectiveFrom: string, effectiveTo: string | null = null): SettingEntry => ({
  key,
  value,
  verified: true,
  source: 'Quyết định của tỉnh A',
  effectiveFrom,
  effectiveTo,
});
/** The seed with one key's open period closed on `closedOn` and the given periods after it. */
const withPeriods = (key: string, closedOn: string, ...later: SettingEntry[]): SettingEntry[] => [
  ...SEED.map((entry) => (entry.key === key ? { ...entry, effectiveTo: closedOn } : entry)),
  ...later,
];

describe('the settings in force on a date — the province layer as dated data (Luật TĐKT 2022 Điều 24 khoản 4)', () => {
  it('the seeded defaults are the code’s defaults: the default province and the council’s meeting rules', () => {
    const inForce = settingsInForce('2026-03-01', SEED);
    expect(inForce.rules).toEqual(DEFAULT_PROVINCE_RULES);
    expect(inForce.council).toEqual(DEFAULT_COUNCIL_MEETING_SETTINGS);
    expect(inForce.quotas).toEqual({});
    expect(inForce.registrationRequired).toMatchObject({ value: false, verified: false });
    expect(inForce.reminderDaysBefore).toMatchObject({ value: 7, verified: false });
  });

  it('State-level posting lasts 10 working days, verified (NĐ 152/2025 Điều 44 khoản 2); in-unit posting 5, unverified', () => {
    const { postingWorkingDays } = settingsInForce('2026-03-01', SEED);
    expect(postingWorkingDays.stateLevel).toMatchObject({ value: 10, verified: true });
    expect(postingWorkingDays.stateLevel.source).toContain('Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2');
    expect(postingWorkingDays.inUnit).toMatchObject({ value: 5, verified: false });
  });

  it('last year’s round keeps last year’s rules: a new period applies from its first day, the old one up to the day before', () => {
    const entries = withPeriods('councilThresholdPercent.CSTDCS', '2026-12-31', period('councilThresholdPercent.CSTDCS', 75, '2027-01-01'));
    expect(settingsInForce('2026-12-31', entries).rules.councilThresholdPercent.CSTDCS?.value).toBe(80);
    expect(settingsInForce('2027-01-01', entries).rules.councilThresholdPercent.CSTDCS).toEqual({
      value: 75,
      verified: true,
      source: 'Quyết định của tỉnh A',
    });
  });

  it('a null value says "none" from a date: no threshold (simple majority), no quota', () => {
    const entries = withPeriods(
      'councilThresholdPercent.CSTDCS',
      '2026-12-31',
      period('councilThresholdPercent.CSTDCS', null, '2027-01-01'),
    );
    expect(settingsInForce('2027-06-01', entries).rules.councilThresholdPercent.CSTDCS).toBeUndefined();
  });

  it('a quota from the settings reaches the quota check, and a percent quota is the province’s cap', () => {
    const rule = { kind: 'percent_of_staff', percent: 15, rounding: 'down' };
    const inForce = settingsInForce('2027-06-01', [...SEED, period('quota.CSTDCS', rule, '2027-01-01')]);
    expect(inForce.rules.capsPercent.CSTDCS?.value).toBe(15);
    const check = quotaCheck(inForce.quotas, 'CSTDCS', { id: 'u', name: 'Phòng Phục vụ bạn đọc', staffCount: 22 }, 3);
    expect([check.limit, check.exceeded]).toEqual([3, true]);
  });

  it('the State-level posting setting in force decides the posting of CSTĐ toàn quốc', () => {
    const entries = withPeriods('stateLevelPostingWorkingDays', '2026-12-31', period('stateLevelPostingWorkingDays', 12, '2027-01-01'));
    const inForce = settingsInForce('2027-02-01', entries);
    expect(postingRuleFor('CSTD_TOAN_QUOC', inForce.rules, inForce.postingWorkingDays.stateLevel).workingDays.value).toBe(12);
    expect(postingRuleFor('CSTDCS', inForce.rules, inForce.postingWorkingDays.stateLevel).workingDays.value).toBe(5);
  });

  it('refuses a date on which a required setting has no value, rather than guessing one', () => {
    const entries = SEED.filter((entry) => entry.key !== 'moneyRounding');
    expect(() => settingsInForce('2026-03-01', entries)).toThrow(expect.objectContaining({ code: 'PROVINCE_SETTING_MISSING' }));
  });

  it('refuses a stored value that does not fit its key', () => {
    const entries = [
      ...SEED.filter((entry) => entry.key !== 'councilQuorum'),
      period('councilQuorum', { numerator: 4, denominator: 3 }, '1900-01-01'),
    ];
    expect(() => settingsInForce('2026-03-01', entries)).toThrow(expect.objectContaining({ code: 'INVALID_PROVINCE_SETTING' }));
  });
});

describe('checkSetting — what each key may hold', () => {
  it.each([
    ['councilThresholdPercent.CSTDCS', 0, 'wholeNumber'],
    ['councilThresholdPercent.CSTDCS', 80.5, 'wholeNumber'],
    ['councilQuorum', { numerator: 0, denominator: 3 }, 'fraction'],
    ['deadlines.annualDossier', { day: 29, month: 2 }, 'dayMonth'],
    ['deadlines.annualDossier', { day: 31, month: 4 }, 'dayMonth'],
    ['moneyRounding', { step: 10_000, mode: 'down' }, 'rounding'],
    ['quota.CSTDCS', { kind: 'percent_of_staff', percent: 12.345, rounding: 'down' }, 'quota'],
    ['quota.CSTDCS', { kind: 'allotted', perUnit: { 'not-a-unit': 2 } }, 'quota'],
    ['registrationRequired', 'yes', 'boolean'],
    ['moneyRounding', null, 'required'],
    ['noSuchSetting', 1, 'unknownKey'],
    [
      'delegatedCriteria.LDTT',
      { staff: [{ code: 'x', kind: 'rating_at_least', params: { minimum: 'good' }, legalBasis: 'QĐ' }] },
      'criteria',
    ],
  ])('%s = %j is refused (%s)', (key, value, problem) => {
    expect(checkSetting(key, value)).toMatchObject({ ok: false, problem });
  });

  it('accepts what the keys allow: 2/3, 12.5 %, 10 December, a confirmation criterion, none', () => {
    expect(checkSetting('councilQuorum', { numerator: 2, denominator: 3 }).ok).toBe(true);
    expect(checkSetting('quota.CSTDCS', { kind: 'percent_of_staff', percent: 12.5, rounding: 'nearest' }).ok).toBe(true);
    expect(checkSetting('deadlines.annualDossier', { day: 10, month: 12 }).ok).toBe(true);
    const confirm = {
      code: 'no_sanction',
      kind: 'needs_confirmation',
      params: { statements: ['no_administrative_sanction'] },
      legalBasis: 'QĐ',
    };
    expect(checkSetting('additionalCriteria.LDTT', { staff: [confirm] }).ok).toBe(true);
    expect(checkSetting('quota.CSTDCS', null).ok).toBe(true);
  });
});
