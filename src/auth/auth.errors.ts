import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** Signing in and the account's own settings. (Who is signed in and what their role allows are the plumbing's UNAUTHENTICATED and FORBIDDEN.) */
export const AUTH_ERRORS = {
  INVALID_CREDENTIALS: 401,
  /** Too many failed sign-ins for the username: blocked for a while (Retry-After). */
  TOO_MANY_ATTEMPTS: 429,
  /** The password was right; the account has a second factor: send its code too. */
  TWO_FACTOR_REQUIRED: 401,
  /** The code (or recovery code) sent to sign in is wrong, expired or already used. */
  SIGN_IN_CODE_WRONG: 401,
  /** Signed in, but an admin asked for a new password first: only the password change is open. */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** Signed in as an admin while the policy asks admins for a second factor they have not set up: only that is open. */
  TWO_FACTOR_SETUP_REQUIRED: 403,
  /** Changing the password (or turning off the second factor) asks for the current password: not that one. */
  CURRENT_PASSWORD_WRONG: 400,
  /** A new password must differ from the current one. */
  PASSWORD_UNCHANGED: 400,
  /** Turning on the second factor: the code does not come from the secret just shown. */
  TWO_FACTOR_CODE_WRONG: 400,
  /** Turning on a second factor that is on, or confirming one never set up. */
  TWO_FACTOR_ALREADY_ON: 409,
  TWO_FACTOR_NOT_SET_UP: 409,
  /** The policy would shut the admin who sets it out of everything until they set up their own second factor. */
  OWN_TWO_FACTOR_FIRST: 409,
  /** A reset link unknown, used, expired, or for an account since deactivated. */
  RESET_LINK_INVALID: 410,
  /** A reset link for a deactivated account would open nothing. */
  ACCOUNT_INACTIVE: 409,
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

export class TwoFactorRequired extends DomainError<AuthErrorCode> {
  constructor() {
    super('TWO_FACTOR_REQUIRED', 'Send the code of your authenticator app (or a recovery code) as "code"', [
      { field: 'code', constraint: 'required', key: 'fieldErrors.required' },
    ]);
  }
}

export class SignInCodeWrong extends DomainError<AuthErrorCode> {
  constructor() {
    super('SIGN_IN_CODE_WRONG', 'Wrong, expired or already used code', [
      { field: 'code', constraint: 'wrongCode', key: 'errors.SIGN_IN_CODE_WRONG' },
    ]);
  }
}

/** The address a page is sent to instead: the one page the account may use for now (see the exception filter). */
export class PasswordChangeRequired extends DomainError<AuthErrorCode> {
  constructor() {
    super('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first (POST /api/auth/password)', undefined, {
      pageRedirect: '/account/password',
    });
  }
}

export class TwoFactorSetupRequired extends DomainError<AuthErrorCode> {
  constructor() {
    super('TWO_FACTOR_SETUP_REQUIRED', 'Set up the second factor first (POST /api/auth/two-factor/setup)', undefined, {
      pageRedirect: '/account/two-factor',
    });
  }
}

export class CurrentPasswordWrong extends DomainError<AuthErrorCode> {
  constructor() {
    super('CURRENT_PASSWORD_WRONG', 'The current password is wrong', [
      { field: 'currentPassword', constraint: 'wrongPassword', key: 'errors.CURRENT_PASSWORD_WRONG' },
    ]);
  }
}

export class PasswordUnchanged extends DomainError<AuthErrorCode> {
  constructor() {
    super('PASSWORD_UNCHANGED', 'The new password is the current one', [
      { field: 'newPassword', constraint: 'unchanged', key: 'errors.PASSWORD_UNCHANGED' },
    ]);
  }
}

export class TwoFactorCodeWrong extends DomainError<AuthErrorCode> {
  constructor() {
    super('TWO_FACTOR_CODE_WRONG', 'The code does not match the secret', [
      { field: 'code', constraint: 'wrongCode', key: 'errors.TWO_FACTOR_CODE_WRONG' },
    ]);
  }
}

export class TwoFactorAlreadyOn extends DomainError<AuthErrorCode> {
  constructor() {
    super('TWO_FACTOR_ALREADY_ON', 'The second factor is already on');
  }
}

export class TwoFactorNotSetUp extends DomainError<AuthErrorCode> {
  constructor() {
    super('TWO_FACTOR_NOT_SET_UP', 'The second factor is not set up');
  }
}

export class OwnTwoFactorFirst extends DomainError<AuthErrorCode> {
  constructor() {
    super('OWN_TWO_FACTOR_FIRST', 'Turn on your own second factor before requiring it for admins', [
      { field: 'adminsNeedTwoFactor', constraint: 'ownTwoFactorFirst', key: 'errors.OWN_TWO_FACTOR_FIRST' },
    ]);
  }
}

export class ResetLinkInvalid extends DomainError<AuthErrorCode> {
  constructor() {
    super('RESET_LINK_INVALID', 'This link is unknown, already used or expired: ask an admin for a new one');
  }
}

export class AccountInactive extends DomainError<AuthErrorCode> {
  constructor() {
    super('ACCOUNT_INACTIVE', 'The account is deactivated: activate it first');
  }
}
