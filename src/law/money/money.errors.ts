import { CodedError } from '../../kernel/index.js';

/** Errors of the reward-money calculation. */

export class InvalidRewardInput extends CodedError<'INVALID_REWARD_INPUT'> {
  constructor(message: string) {
    super('INVALID_REWARD_INPUT', message);
  }
}

export class NoBaseSalaryForDate extends CodedError<'NO_BASE_SALARY_FOR_DATE'> {
  constructor(readonly date: string) {
    super('NO_BASE_SALARY_FOR_DATE', `No base salary (mức lương cơ sở) is recorded for ${date}`, { date });
  }
}

/** Every code the money formula throws: its adapter (`rewards/rewards.errors.ts`) gives each an HTTP status. */
export type MoneyErrorCode = InvalidRewardInput['code'] | NoBaseSalaryForDate['code'];
