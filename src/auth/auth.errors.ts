import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** Signing in. (Who is signed in and what their role allows are the plumbing's UNAUTHENTICATED and FORBIDDEN.) */
export const AUTH_ERRORS = {
  INVALID_CREDENTIALS: 401,
  /** Too many failed sign-ins for the username: blocked for a while (Retry-After). */
  TOO_MANY_ATTEMPTS: 429,
} as const satisfies ErrorStatuses;

export type AuthErrorCode = keyof typeof AUTH_ERRORS;

export class InvalidCredentials extends DomainError<AuthErrorCode> {
  constructor() {
    super('INVALID_CREDENTIALS', 'Wrong username or password');
  }
}

export class TooManyAttempts extends DomainError<AuthErrorCode> {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super('TOO_MANY_ATTEMPTS', `Too many failed sign-ins; try again in ${minutes} minutes`, undefined, {
      retryAfter: retryAfterSeconds,
      minutes,
    });
  }
}
