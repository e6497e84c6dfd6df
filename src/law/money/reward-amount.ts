import { InvalidRewardInput } from './money.errors.js';

/**
 * 'up': round up to the next step (ND 152/2025 Art. 49(2), "làm tròn số lên");
 * 'nearest': half up to the nearest step; 'none': whole đồng only (half up).
 */
export type RoundingMode = 'up' | 'nearest' | 'none';

export interface MoneyRounding {
  /** In VND, e.g. 10000. Ignored by mode 'none'. */
  step: number;
  mode: RoundingMode;
}

export const STATUTORY_ROUNDING: MoneyRounding = { step: 10_000, mode: 'up' };

/** Coefficients have at most two decimals (0.3, 1.5, 4.5); anything finer is a data error. */
function toHundredths(coefficient: number): bigint {
  const hundredths = Math.round(coefficient * 100);
  if (!Number.isFinite(coefficient) || coefficient < 0 || Math.abs(coefficient * 100 - hundredths) > 1e-6) {
    throw new InvalidRewardInput(`Coefficient must be ≥ 0 with at most 2 decimals: ${coefficient}`);
  }
  return BigInt(hundredths);
}

/** a / b rounded half up, for non-negative integers. */
function divideHalfUp(a: bigint, b: bigint): bigint {
  return (a * 2n + b) / (b * 2n);
}

function divideUp(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * Reward money = coefficient × base salary (mức lương cơ sở) in force on the decision date, rounded
 * (ND 152/2025 Art. 49(1),(2)). Computed in hundredths with BigInt, because in floating point
 * 1.1 × 1,800,000 is 1,980,000.0000000002, which "round up" would turn into 1,990,000.
 */
export function rewardAmount(coefficient: number, baseSalary: number, rounding: MoneyRounding = STATUTORY_ROUNDING): number {
  if (!Number.isSafeInteger(baseSalary) || baseSalary < 0) {
    throw new InvalidRewardInput(`Base salary must be a whole number of VND ≥ 0: ${baseSalary}`);
  }
  const rawHundredths = toHundredths(coefficient) * BigInt(baseSalary);
  if (rounding.mode === 'none') {
    return Number(divideHalfUp(rawHundredths, 100n));
  }
  if (!Number.isSafeInteger(rounding.step) || rounding.step <= 0) {
    throw new InvalidRewardInput(`Rounding step must be a whole number of VND > 0: ${rounding.step}`);
  }
  const stepHundredths = BigInt(rounding.step) * 100n;
  const steps = rounding.mode === 'up' ? divideUp(rawHundredths, stepHundredths) : divideHalfUp(rawHundredths, stepHundredths);
  return Number(steps * BigInt(rounding.step));
}
