import type { ErrorStatuses, HttpStatus } from '../common/errors/error-codes.js';
import type { LawErrorCode } from '../law/law.errors.js';

/**
 * The statuses of the law's codes: the engine knows nothing of HTTP, its adapter decides. Typed by
 * the engine's own list, so a code the engine adds does not compile until it has a status here.
 */
export const ELIGIBILITY_ERRORS = {
  /** The engine has no rules for the award (a local type an administrator added). */
  UNKNOWN_AWARD_TYPE: 404,
  INVALID_DATE: 400,
  /** The award does not go to that kind of subject (an individual title asked for a unit). */
  AWARD_NOT_FOR_SUBJECT: 422,
  /** No rulebook covers the date: the system applies Law 06/2022 from 2024-01-01 only. */
  NO_RULEBOOK_FOR_DATE: 422,
} as const satisfies Record<LawErrorCode, HttpStatus> & ErrorStatuses;
