import { baseSalaryOn } from './base-salary.js';
import { BASE_SALARY_ROWS } from './base-salary.data.js';
import { rewardAmount } from './reward-amount.js';
import { InvalidRewardInput, NoBaseSalaryForDate } from './money.errors.js';

describe('Base salary table — NĐ 73/2024 Điều 3 khoản 2; NĐ 161/2026 (to confirm)', () => {
  it.each([
    ['2018-07-01', 1_390_000],
    ['2019-06-30', 1_390_000],
    ['2019-07-01', 1_490_000],
    ['2023-06-30', 1_490_000],
    ['2023-07-01', 1_800_000],
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
    ['2026-06-30', 2_340_000],
    ['2026-07-01', 2_530_000],
  ])('on %s the base salary is %p', (date, amount) => {
    expect(baseSalaryOn(BASE_SALARY_ROWS, date).amount).toBe(amount);
  });

  it('only the ND 161/2026 row is marked to confirm', () => {
    expect(BASE_SALARY_ROWS.filter((row) => row.toConfirm).map((row) => row.legalBasis)).toEqual(['Nghị định 161/2026/NĐ-CP']);
  });

  it('returns the row with its legal basis, whatever the order of the rows', () => {
    const shuffled = [...BASE_SALARY_ROWS].reverse();
    expect(baseSalaryOn(shuffled, '2025-01-05')).toEqual({
      effectiveFrom: '2024-07-01',
      amount: 2_340_000,
      legalBasis: 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2',
      toConfirm: false,
    });
  });

  it('before the first row → NoBaseSalaryForDate', () => {
    expect(() => baseSalaryOn(BASE_SALARY_ROWS, '2018-06-30')).toThrow(NoBaseSalaryForDate);
  });

  it('refuses a malformed date', () => {
    expect(() => baseSalaryOn(BASE_SALARY_ROWS, '5/1/2026')).toThrow(InvalidRewardInput);
  });

  it('the decision date picks the base: LĐTT decided 30/6/2026 vs 1/7/2026 (NĐ 152/2025 Điều 49 khoản 1)', () => {
    expect(rewardAmount(0.3, baseSalaryOn(BASE_SALARY_ROWS, '2026-06-30').amount)).toBe(710_000);
    expect(rewardAmount(0.3, baseSalaryOn(BASE_SALARY_ROWS, '2026-07-01').amount)).toBe(760_000);
  });
});
