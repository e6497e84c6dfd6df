import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { InvalidCredentials, SignInCodeWrong, TwoFactorRequired } from './auth.errors.js';
import { bumpTokenVersion, type Credentials, credentialsOf, type UserRow, userRow } from './auth.repository.js';
import { type LoginAttempt, LoginThrottleService } from './login-throttle.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { TokenService } from './token.service.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';
import { type AuthUser } from '../kernel/index.js';

/**
 * What a signed-in account may do for now: everything (null), or only the account's own setup,
 * because an admin asked for a new password, or because the policy asks admins for a second factor
 * this one has not set up yet.
 */
export type AccountSetupPending = 'password' | 'two-factor' | null;

export interface Session {
  user: AuthUser;
  pending: AccountSetupPending;
  /** The user's unread notifications, when asked for (pages); else null. */
  unreadNotifications: number | null;
}

/** The sign-in page's first step: signed in, or the password was right and the second factor's code is next. */
export type PasswordStep = { accessToken: string; user: AuthUser } | { ticket: string };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly passwords: PasswordVerifier,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The API's sign-in, in one request: the password, and for an account with a second factor its
   * code (or a recovery code) as `code`. `clientAddress` is the address the request came from
   * (through trusted proxies only): throttling counts per address.
   */
  async login(
    usernameInput: string,
    password: string,
    clientAddress: string,
    code?: string,
  ): Promise<{ accessToken: string; user: AuthUser }> {
    const { attempt, row } = await this.checkPassword(usernameInput, password, clientAddress);
    if (!row.twoFactorOn) {
      return this.signedIn(attempt, row.id, row.tokenVersion, null);
    }
    // The attempt stays counted until the code is right too: guessing codes costs tries like guessing passwords.
    if (code === undefined || code.trim() === '') {
      throw new TwoFactorRequired();
    }
    const factor = await this.twoFactor.verifyAtSignIn(row.id, code);
    if (!factor) {
      throw new SignInCodeWrong();
    }
    return this.signedIn(attempt, row.id, row.tokenVersion, factor);
  }

  /** The sign-in page's password: signed in, or a ticket for the page that asks for the code. */
  async passwordStep(usernameInput: string, password: string, clientAddress: string): Promise<PasswordStep> {
    const { attempt, row } = await this.checkPassword(usernameInput, password, clientAddress);
    if (row.twoFactorOn) {
      return { ticket: this.tokens.signTicket(row.id, row.tokenVersion) };
    }
    return this.signedIn(attempt, row.id, row.tokenVersion, null);
  }

  /**
   * The sign-in page's second step: the ticket of a right password (5 minutes, and only while the
   * account's tokens are those of then), then the code, counted by the throttle like a password.
   */
  async codeStep(ticket: string, code: string, clientAddress: string): Promise<{ accessToken: string; user: AuthUser }> {
    const claims = this.tokens.verifyTicket(ticket);
    const row = claims ? await this.loadRow(claims.sub) : null;
    if (!claims || !row || !row.active || row.tokenVersion !== claims.ver) {
      throw new InvalidCredentials();
    }
    const attempt = await this.throttle.reserve(row.username, clientAddress);
    const factor = await this.twoFactor.verifyAtSignIn(row.id, code);
    if (!factor) {
      throw new SignInCodeWrong();
    }
    return this.signedIn(attempt, row.id, row.tokenVersion, factor);
  }

  /**
   * The signed-in user for a token, and what they may do for now; null when the token is invalid,
   * expired or revoked. A page asks for the unread notifications too (same query).
   */
  async authenticate(token: string, options: { unreadNotifications?: boolean } = {}): Promise<Session | null> {
    const claims = this.tokens.verify(token);
    if (!claims) {
      return null;
    }
    const row = (await userRow(this.dataSource.manager, claims.sub, options)) ?? null;
    if (!row || !row.active || row.tokenVersion !== claims.ver) {
      return null;
    }
    return { user: toAuthUser(row), pending: pendingSetup(row), unreadNotifications: row.unreadNotifications };
  }

  /** Sign-out everywhere: every token issued so far stops working. */
  async logout(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await bumpTokenVersion(manager, user.id);
      await this.audit.record(manager, user, { entity: 'users', entityId: user.id, action: 'logout' });
    });
  }

  async userById(id: string): Promise<AuthUser | null> {
    const row = await this.loadRow(id);
    return row ? toAuthUser(row) : null;
  }

  /** The account's state as the API's `me` tells it. */
  async accountOf(user: AuthUser): Promise<{ mustChangePassword: boolean; twoFactorOn: boolean; twoFactorRequired: boolean }> {
    const row = (await this.loadRow(user.id))!;
    return { mustChangePassword: row.mustChangePassword, twoFactorOn: row.twoFactorOn, twoFactorRequired: row.twoFactorRequired };
  }

  private async checkPassword(
    usernameInput: string,
    password: string,
    clientAddress: string,
  ): Promise<{ attempt: LoginAttempt; row: Credentials }> {
    const username = usernameInput.trim().toLowerCase();
    // No account has an empty name or password (a form posted empty): nothing to count or to hash.
    if (username === '' || password === '') {
      throw new InvalidCredentials();
    }
    // Counted before the password is checked: an attempt past the limit never reaches the hash.
    const attempt = await this.throttle.reserve(username, clientAddress);
    const row = await credentialsOf(this.dataSource.manager, username);
    const valid = await this.passwords.verify(row?.hash, password);
    if (!row || !row.active || !valid) {
      throw new InvalidCredentials();
    }
    return { attempt, row };
  }

  private async signedIn(
    attempt: LoginAttempt,
    userId: string,
    tokenVersion: number,
    secondFactor: 'totp' | 'recovery-code' | null,
  ): Promise<{ accessToken: string; user: AuthUser }> {
    await this.throttle.succeeded(attempt);
    const user = (await this.userById(userId))!;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, user, {
        entity: 'users',
        entityId: user.id,
        action: 'login',
        // Which factor, never the code: a used recovery code is worth knowing about, an inspector sees it here.
        after: secondFactor ? { secondFactor } : null,
      }),
    );
    return { accessToken: this.tokens.sign(userId, tokenVersion), user };
  }

  private async loadRow(id: string): Promise<UserRow | null> {
    return (await userRow(this.dataSource.manager, id)) ?? null;
  }
}

function pendingSetup(row: UserRow): AccountSetupPending {
  if (row.mustChangePassword) {
    return 'password';
  }
  return row.twoFactorRequired && !row.twoFactorOn ? 'two-factor' : null;
}

function toAuthUser(row: UserRow): AuthUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    roles: row.roles,
    locale: row.locale,
    scopePaths: row.scopePaths.length > 0 ? row.scopePaths : null,
  };
}
