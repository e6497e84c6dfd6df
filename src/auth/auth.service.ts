import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { TokenService } from './token.service.js';
import { type AuthUser, type Role } from '../kernel/index.js';

interface UserRow {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  locale: 'vi' | 'en';
  tokenVersion: number;
  active: boolean;
  scopePaths: string[];
}

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
    // Counted before the password is checked: an attempt past the limit never reaches the hash.
    const attempt = await this.throttle.reserve(username, clientAddress);
    const [row] = (await this.dataSource.query(
      'SELECT id, password_hash AS "hash", token_version AS "tokenVersion", active FROM users WHERE username = $1',
      [username],
    )) as Array<{ id: string; hash: string; tokenVersion: number; active: boolean }>;
    const valid = await this.passwords.verify(row?.hash, password);
    if (!row || !row.active || !valid) {
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong username or password');
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
      await manager.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [user.id]);
      await this.audit.record(manager, user, { entity: 'users', entityId: user.id, action: 'logout' });
    });
  }

  async userById(id: string): Promise<AuthUser | null> {
    const row = await this.loadRow(id);
    return row ? toAuthUser(row) : null;
  }

  private async loadRow(id: string): Promise<UserRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.username, u.full_name AS "fullName", u.roles, u.locale, u.token_version AS "tokenVersion", u.active,
              COALESCE(array_agg(un.path) FILTER (WHERE un.path IS NOT NULL), '{}') AS "scopePaths"
         FROM users u
         LEFT JOIN user_units uu ON uu.user_id = u.id
         LEFT JOIN units un ON un.id = uu.unit_id
        WHERE u.id = $1
        GROUP BY u.id`,
      [id],
    )) as UserRow[];
    return row ?? null;
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
