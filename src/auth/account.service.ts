import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { AuditService } from '../audit/index.js';
import { NotFound } from '../common/errors/domain-error.js';
import { type AuthUser } from '../kernel/index.js';
import {
  accountState,
  adminsNeedTwoFactor,
  consumeLink,
  dropOpenLinks,
  emailOf,
  insertLink,
  lockedEmailOf,
  openLink,
  passwordHashOf,
  setAdminsNeedTwoFactor,
  setEmail,
  setPassword,
} from './account.repository.js';
import { AccountInactive, CurrentPasswordWrong, OwnTwoFactorFirst, PasswordUnchanged, ResetLinkInvalid } from './auth.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { hashPassword, newLinkToken, sha256Hex } from './secrets.js';
import { TokenService } from './token.service.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';

/**
 * A reset link lives a day: the admin hands it over by whatever the office uses (in person, a
 * message), and the person may open it the next morning. Used once; a newer link voids it.
 */
export const RESET_LINK_HOURS = 24;

/** Where a reset link leads (the page that sets the new password). */
export const resetLinkPath = (token: string): string => `/account/reset/${token}`;

export interface AccountPolicy {
  adminsNeedTwoFactor: boolean;
}

/**
 * The account's own settings (its password, its second factor) and what an admin does for someone
 * who forgot theirs (a one-time link) or for everyone (the policy). Every change is audited, never
 * with a password, a code or a link in it.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordVerifier,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: TokenService,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The user's new password, given the current one (checked under the sign-in throttle: a session
   * left open must not become a way to guess it). Every other session ends; answers the new token
   * for this one.
   */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string, clientAddress: string): Promise<string> {
    await this.confirmPassword(user, currentPassword, clientAddress);
    if (currentPassword === newPassword) {
      throw new PasswordUnchanged();
    }
    const hash = await hashPassword(newPassword);
    const tokenVersion = await this.dataSource.transaction(async (manager) => {
      const version = await setPassword(manager, user.id, hash);
      await this.audit.record(manager, user, { entity: 'users', entityId: user.id, action: 'change-password' });
      return version;
    });
    return this.tokens.sign(user.id, tokenVersion);
  }

  /** The user's own e-mail address (where notifications are mailed), or null. */
  async email(user: AuthUser): Promise<{ email: string | null }> {
    return { email: await emailOf(this.dataSource.manager, user.id) };
  }

  /** Sets or removes (null) the user's own e-mail address; audited with the address before and after. */
  async setEmail(user: AuthUser, email: string | null): Promise<{ email: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const before = await lockedEmailOf(manager, user.id);
      if (!before) {
        throw new NotFound('user', user.id);
      }
      await setEmail(manager, user.id, email);
      await this.audit.record(manager, user, { entity: 'users', entityId: user.id, action: 'update', before, after: { email } });
      return { email };
    });
  }

  /** Turns off the user's own second factor, given the password. */
  async disableTwoFactor(user: AuthUser, currentPassword: string, clientAddress: string): Promise<void> {
    await this.confirmPassword(user, currentPassword, clientAddress);
    await this.twoFactor.disable(user.id, user);
  }

  async renewRecoveryCodes(user: AuthUser, currentPassword: string, clientAddress: string): Promise<string[]> {
    await this.confirmPassword(user, currentPassword, clientAddress);
    return this.twoFactor.renewRecoveryCodes(user);
  }

  /**
   * A one-time link for a user who forgot their password, made by an admin and shown to them only:
   * the token is kept as its hash, so the table gives nothing away. An older open link stops working.
   */
  async issueResetLink(userId: string, actor: AuthUser): Promise<{ token: string; expiresAt: Date }> {
    const token = newLinkToken();
    return this.dataSource.transaction(async (manager) => {
      const state = await accountState(manager, userId);
      if (!state) {
        throw new NotFound('user', userId);
      }
      if (!state.active) {
        throw new AccountInactive();
      }
      await dropOpenLinks(manager, userId);
      const expiresAt = await insertLink(manager, {
        tokenHash: sha256Hex(token),
        userId,
        createdBy: actor.id,
        lifetimeSeconds: RESET_LINK_HOURS * 3600,
      });
      await this.audit.record(manager, actor, { entity: 'users', entityId: userId, action: 'reset-link', after: { expiresAt } });
      return { token, expiresAt };
    });
  }

  /** The username a reset link is for, while it can be used. */
  async resetLinkUser(token: string): Promise<string> {
    const link = await openLink(this.dataSource.manager, sha256Hex(token));
    if (!link) {
      throw new ResetLinkInvalid();
    }
    return link.username;
  }

  /**
   * Sets the password through a reset link, once: the link is used up in the same transaction, every
   * session of the account ends, and signing in is the next step (with the second factor, if on).
   */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const link = await consumeLink(manager, sha256Hex(token));
      if (!link) {
        throw new ResetLinkInvalid();
      }
      await setPassword(manager, link.userId, hash);
      await this.audit.record(
        manager,
        { id: link.userId, username: link.username },
        { entity: 'users', entityId: link.userId, action: 'reset-password' },
      );
    });
  }

  async policy(): Promise<AccountPolicy> {
    return { adminsNeedTwoFactor: await adminsNeedTwoFactor(this.dataSource.manager) };
  }

  /** Admins must use the second factor, or need not. The admin who asks for it has theirs on first. */
  async setPolicy(policy: AccountPolicy, actor: AuthUser): Promise<AccountPolicy> {
    if (policy.adminsNeedTwoFactor && !(await this.twoFactor.status(actor.id)).enabled) {
      throw new OwnTwoFactorFirst();
    }
    return this.dataSource.transaction(async (manager) => {
      await lockNaturalKey(manager, 'account_policy', 'service'); // the before of concurrent changes
      const before = { adminsNeedTwoFactor: await adminsNeedTwoFactor(manager) };
      await setAdminsNeedTwoFactor(manager, policy.adminsNeedTwoFactor);
      const after = { adminsNeedTwoFactor: policy.adminsNeedTwoFactor };
      await this.audit.record(manager, actor, { entity: 'account_policy', entityId: 'service', action: 'update', before, after });
      return after;
    });
  }

  private async confirmPassword(user: AuthUser, password: string, clientAddress: string): Promise<void> {
    const attempt = await this.throttle.reserve(user.username, clientAddress);
    const hash = await passwordHashOf(this.dataSource.manager, user.id);
    if (!(await this.passwords.verify(hash, password))) {
      throw new CurrentPasswordWrong();
    }
    await this.throttle.succeeded(attempt);
  }
}
