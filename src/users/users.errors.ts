import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const USERS_ERRORS = {
  USERNAME_TAKEN: 409,
  /** An admin removing their own admin role or deactivating themselves could leave no admin at all. */
  OWN_ACCOUNT_LOCKOUT: 409,
} as const satisfies ErrorStatuses;

export type UsersErrorCode = keyof typeof USERS_ERRORS;

export class UsernameTaken extends DomainError<UsersErrorCode> {
  constructor(username: string) {
    super('USERNAME_TAKEN', `Username "${username}" is already used`, [alreadyUsed('username', username)], { username });
  }
}

export class OwnAccountLockout extends DomainError<UsersErrorCode> {
  constructor(field: 'active' | 'roles') {
    super('OWN_ACCOUNT_LOCKOUT', 'You cannot remove your own admin role or deactivate your own account', [
      { field, constraint: 'ownAccount', key: 'fieldErrors.ownAccount' },
    ]);
  }
}
