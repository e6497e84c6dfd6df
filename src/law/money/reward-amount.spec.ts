import { catchError } from '../testing/catch-error.js';
import { rewardAmount } from './reward-amount.js';
import { InvalidRewardInput } from './money.errors.js';

describe('rewardAmount — NĐ 152/2025 Điều 49 khoản 2 (round up to 10,000 VND)', () => {
  it.each([
    ['LĐTT', 0.3, 2_340_000, 710_000],
    ['TTLĐTT', 0.8, 2_340_000, 1_880_000],
    ['CSTĐ toàn quốc', 4.5, 2_530_000, 11_390_000],
    ['CSTĐ toàn quốc', 4.5, 2_340_000, 10_530_000],
    ['CSTĐCS', 1.0, 2_340_000, 2_340_000],
    ['TTLĐXS', 1.5, 2_530_000, 3_800_000],
    ['Bằng khen TTg cá nhân', 3.5, 2_530_000, 8_860_000],
    ['Giấy khen tập thể', 0.6, 2_340_000, 1_410_000],
    ['Cờ thi đua Chính phủ', 12, 2_530_000, 30_360_000],
  ])('%s: %p × %p → %p', (_award, coefficient, base, expected) => {
    expect(rewardAmount(coefficient, base)).toBe(expected);
  });

  it('does not fall into floating-point error (1.1 × 1,800,000 is 1,980,000.0000000002 in floats)', () => {
    expect(Math.ceil((1.1 * 1_800_000) / 10_000) * 10_000).toBe(1_990_000);
    expect(rewardAmount(1.1, 1_800_000)).toBe(1_980_000);
    expect(rewardAmount(0.55, 1_800_000)).toBe(990_000);
  });

  it('an amount already on a step is not raised', () => {
    expect(rewardAmount(3, 2_340_000)).toBe(7_020_000);
  });

  it('mode "none" keeps the raw amount (what popular articles print)', () => {
    expect(rewardAmount(0.8, 2_340_000, { step: 10_000, mode: 'none' })).toBe(1_872_000);
  });

  it('mode "nearest" rounds half up to the nearest step', () => {
    expect(rewardAmount(0.8, 2_340_000, { step: 10_000, mode: 'nearest' })).toBe(1_870_000);
    expect(rewardAmount(4.5, 2_530_000, { step: 10_000, mode: 'nearest' })).toBe(11_390_000);
    expect(rewardAmount(0.3, 2_530_000, { step: 10_000, mode: 'nearest' })).toBe(760_000);
  });

  it('supports another step', () => {
    expect(rewardAmount(0.3, 2_340_000, { step: 1_000, mode: 'up' })).toBe(702_000);
    expect(rewardAmount(0.33, 1_390_000, { step: 1_000, mode: 'up' })).toBe(459_000);
  });

  it.each([0.333, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the coefficient %p', (coefficient) => {
    expect(() => rewardAmount(coefficient, 2_340_000)).toThrow(InvalidRewardInput);
  });

  it('refuses a fractional or negative base salary and a non-positive step', () => {
    expect(() => rewardAmount(1, 2_340_000.5)).toThrow(InvalidRewardInput);
    expect(() => rewardAmount(1, -1)).toThrow(InvalidRewardInput);
    expect(catchError(() => rewardAmount(1, 2_340_000, { step: 0, mode: 'up' }))).toMatchObject({
      code: 'INVALID_REWARD_INPUT',
    });
  });
});
