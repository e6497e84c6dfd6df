import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { InvalidCredentials } from './auth.errors.js';
import { bumpTokenVersion, credentialsOf, type UserRow, userRow } from './auth.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { TokenService } from './token.service.js';
import { type AuthUser } from '../kernel/index.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly passwords: PasswordVerifier,
    private readonly audit: AuditService,
  ) {}

  /** `clientAddress` is the address the request came from (through trusted proxies only): throttling counts per address. */
  async login(usernameInput: string, password: string, clientAddress: string): Promise<{ accessToken: string; user: AuthUser }> {
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
    await this.throttle.succeeded(attempt);
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
