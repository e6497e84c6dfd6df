import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { InvalidCredentials } from './auth.errors.js';
import { bumpTokenVersion, credentialsOf, type UserRow, userRow } from './auth.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { TokenService } from './token.service.js';
import { type AuthUser } from '../kernel/index.js';

// Verified against when the username is unknown, so both cases take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$4Pw9PnWqYaTSJSrNa9qfhL5d0v7ARmPBxFUfTjFZ2yA';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(usernameInput: string, password: string): Promise<{ accessToken: string; user: AuthUser }> {
    const username = usernameInput.trim().toLowerCase();
    await this.throttle.beforeAttempt(username);
    const row = await credentialsOf(this.dataSource.manager, username);
    const valid = await argon2.verify(row?.hash ?? DUMMY_HASH, password).catch(() => false);
    if (!row || !row.active || !valid) {
      await this.throttle.recordFailure(username);
      throw new InvalidCredentials();
    }
    await this.throttle.recordSuccess(username);
    const user = (await this.userById(row.id))!;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, user, { entity: 'users', entityId: user.id, action: 'login' }),
    );
    return { accessToken: this.tokens.sign(row.id, row.tokenVersion), user };
  }

  /** The signed-in user for a token, or null when the token is invalid, expired or revoked. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const claims = this.tokens.verify(token);
    if (!claims) {
      return null;
    }
    const row = await this.loadRow(claims.sub);
    return row && row.active && row.tokenVersion === claims.ver ? toAuthUser(row) : null;
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

  private async loadRow(id: string): Promise<UserRow | null> {
    return (await userRow(this.dataSource.manager, id)) ?? null;
  }
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
