import { DEFAULT_PROVINCE_RULES } from './default-province.js';
import { councilThresholdMet, mergeProvinceRules } from './province-rules.js';

describe('Default province rules — domain-rules §2.9, §2.10, §3.5, §4.3', () => {
  it('has no quota caps (the 15 % CSTĐCS cap of NĐ 91/2017 is repealed)', () => {
    expect(DEFAULT_PROVINCE_RULES.capsPercent).toEqual({});
  });

  it('council thresholds are 90 % for CSTĐ tỉnh / toàn quốc and 80 % for CSTĐCS and the flag, all unverified', () => {
    const thresholds = DEFAULT_PROVINCE_RULES.councilThresholdPercent;
    expect([thresholds.CSTD_TINH?.value, thresholds.CSTD_TOAN_QUOC?.value]).toEqual([90, 90]);
    expect([thresholds.CSTDCS?.value, thresholds.CO_THI_DUA_TINH?.value]).toEqual([80, 80]);
    expect(Object.values(thresholds).every((setting) => setting.verified === false)).toBe(true);
    expect(thresholds.CSTDCS?.source).toContain('Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7');
  });

  it('money is rounded up to 10,000 VND per NĐ 152/2025 Điều 49 khoản 2, flagged for confirmation', () => {
    expect(DEFAULT_PROVINCE_RULES.moneyRounding.value).toEqual({ step: 10_000, mode: 'up' });
    expect(DEFAULT_PROVINCE_RULES.moneyRounding.source).toContain('Điều 49 khoản 2');
    expect(DEFAULT_PROVINCE_RULES.moneyRounding.verified).toBe(false);
  });

  it('annual dossier deadline is 10 December (Bắc Ninh example); posting lasts 5 working days, unverified', () => {
    expect(DEFAULT_PROVINCE_RULES.deadlines.annualDossier.value).toEqual({ day: 10, month: 12 });
    expect(DEFAULT_PROVINCE_RULES.inUnitPostingWorkingDays).toMatchObject({ value: 5, verified: false });
  });
});

describe('mergeProvinceRules', () => {
  it('replaces only the settings given, key by key', () => {
    const merged = mergeProvinceRules(DEFAULT_PROVINCE_RULES, {
      name: 'Tỉnh A',
      capsPercent: { CSTDCS: { value: 15, verified: true, source: 'Quyết định của tỉnh A' } },
      councilThresholdPercent: { CSTDCS: { value: 75, verified: true, source: 'Quyết định của tỉnh A' } },
      deadlines: { annualDossier: { value: { day: 30, month: 11 }, verified: true, source: 'Quyết định của tỉnh A' } },
    });
    expect(merged.name).toBe('Tỉnh A');
    expect(merged.capsPercent.CSTDCS?.value).toBe(15);
    expect(merged.councilThresholdPercent.CSTDCS?.value).toBe(75);
    expect(merged.councilThresholdPercent.CSTD_TINH?.value).toBe(90);
    expect(merged.deadlines.annualDossier.value).toEqual({ day: 30, month: 11 });
    expect(merged.deadlines.disciplineList.value).toEqual({ day: 10, month: 12 });
    expect(merged.moneyRounding).toBe(DEFAULT_PROVINCE_RULES.moneyRounding);
  });

  it('does not mutate the base rules', () => {
    mergeProvinceRules(DEFAULT_PROVINCE_RULES, { capsPercent: { LDTT: { value: 50, verified: true, source: 'x' } } });
    expect(DEFAULT_PROVINCE_RULES.capsPercent).toEqual({});
  });
});

describe('councilThresholdMet — NĐ 98/2023 Điều 30 khoản 7 (counted on all members)', () => {
  it('27 of 30 reaches 90 % (a float comparison would say no)', () => {
    expect(councilThresholdMet(DEFAULT_PROVINCE_RULES, 'CSTD_TINH', 27, 30)).toBe(true);
  });

  it('26 of 30 does not reach 90 %', () => {
    expect(councilThresholdMet(DEFAULT_PROVINCE_RULES, 'CSTD_TINH', 26, 30)).toBe(false);
  });

  it('8 of 10 reaches 80 % for CSTĐCS; 7 of 10 does not', () => {
    expect(councilThresholdMet(DEFAULT_PROVINCE_RULES, 'CSTDCS', 8, 10)).toBe(true);
    expect(councilThresholdMet(DEFAULT_PROVINCE_RULES, 'CSTDCS', 7, 10)).toBe(false);
  });

  it('an award without a threshold needs a simple majority', () => {
    expect(councilThresholdMet(DEFAULT_PROVINCE_RULES, 'LDTT', 6, 10)).toBe(true);
    expect(councilThresholdMet(DEFAULT_PROVINCE_RULES, 'LDTT', 5, 10)).toBe(false);
  });
});
