import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses, HttpStatus } from '../common/errors/error-codes.js';
import type { MoneyErrorCode } from '../law/money/money.errors.js';

/** The statuses of the money formula's codes (it knows nothing of HTTP), typed by its own list. */
const MONEY_ERRORS = {
  /** No base salary row is in force on the date asked. */
  NO_BASE_SALARY_FOR_DATE: 422,
  /** A stored coefficient or base salary the formula cannot use: the request cannot be answered. */
  INVALID_REWARD_INPUT: 422,
} as const satisfies Record<MoneyErrorCode, HttpStatus>;

/** The base-salary table and reward amounts. */
export const REWARDS_ERRORS = {
  ...MONEY_ERRORS,
  BASE_SALARY_ALREADY_SET: 409,
  /** The award carries no money for that subject (no coefficient in the catalogue). */
  AWARD_CARRIES_NO_MONEY: 422,
} as const satisfies ErrorStatuses;

export type RewardsErrorCode = keyof typeof REWARDS_ERRORS;

export class BaseSalaryAlreadySet extends DomainError<RewardsErrorCode> {
  constructor(effectiveFrom: string) {
    super(
      'BASE_SALARY_ALREADY_SET',
      `A base salary from ${effectiveFrom} is already recorded`,
      [alreadyUsed('effectiveFrom', effectiveFrom)],
      {
        date: effectiveFrom,
      },
    );
  }
}

export class AwardCarriesNoMoney extends DomainError<RewardsErrorCode> {
  constructor(awardType: string, name: string, subject: string) {
    super('AWARD_CARRIES_NO_MONEY', `${awardType} carries no reward money for a ${subject} subject`, undefined, {
      awardType,
      name,
      subject,
    });
  }
}
