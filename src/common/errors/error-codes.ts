/**
 * Every error code the service answers with, and its HTTP status. A code missing here does not
 * compile where it is thrown, so the exception filter never meets an unmapped code.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_DATE: 400,
  INVALID_REWARD_INPUT: 400,
  AWARD_NOT_FOR_SUBJECT: 422,
  MALFORMED_REQUEST: 400,
  REQUEST_TIMEOUT: 408,
  URI_TOO_LONG: 414,
  HEADERS_TOO_LARGE: 431,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  UNKNOWN_AWARD_TYPE: 404,
  DUPLICATE: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 422,
  UNPROCESSABLE: 422,
  NO_RULEBOOK_FOR_DATE: 422,
  NO_BASE_SALARY_FOR_DATE: 422,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type { ErrorDetail } from '../../kernel/index.js';
