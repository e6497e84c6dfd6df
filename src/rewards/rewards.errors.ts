/** Domain errors of the reward-money calculation; each carries a stable `code`. */

export class InvalidRewardInput extends Error {
  readonly code = 'INVALID_REWARD_INPUT' as const;

  constructor(message: string) {
    super(message);
    this.name = 'InvalidRewardInput';
  }
}

export class NoBaseSalaryForDate extends Error {
  readonly code = 'NO_BASE_SALARY_FOR_DATE' as const;

  constructor(readonly date: string) {
    super(`No base salary (mức lương cơ sở) is recorded for ${date}`);
    this.name = 'NoBaseSalaryForDate';
  }
}
