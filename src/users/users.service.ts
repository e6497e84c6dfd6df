import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/index.js';
import { hashPassword } from '../auth/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { User } from './user.entity.js';
import { OwnAccountLockout, UsernameTaken } from './users.errors.js';
import {
  countIssuers,
  countUnits,
  deleteUserIssuers,
  deleteUserUnits,
  insertUserIssuers,
  insertUserUnits,
  userViews,
} from './users.repository.js';
import { type AuthUser, type Role } from '../kernel/index.js';

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  /** Where notifications are mailed; null: in the inbox only. */
  email: string | null;
  roles: Role[];
  unitIds: string[];
  /** The issuers whose decisions the user numbers and issues (role `clerk`). */
  issuerIds: string[];
  active: boolean;
  locale: 'vi' | 'en';
  /** A new password is asked for at the next request (the user may use only their account page until then). */
  mustChangePassword: boolean;
  twoFactorOn: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateUserDto, actor: AuthUser | typeof SYSTEM_ACTOR): Promise<UserView> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      await lockNaturalKey(manager, 'users', 'username', dto.username);
      if (await manager.existsBy(User, { username: dto.username })) {
        throw new UsernameTaken(dto.username);
      }
      await this.assertUnitsExist(manager, dto.unitIds);
      await this.assertIssuersExist(manager, dto.issuerIds);
      const { id } = await manager.save(User, {
        username: dto.username,
        passwordHash,
        fullName: dto.fullName,
        email: dto.email ?? null,
        roles: dto.roles,
        locale: dto.locale,
        mustChangePassword: dto.mustChangePassword,
      });
      await this.setUnits(manager, id, dto.unitIds);
      await this.setIssuers(manager, id, dto.issuerIds);
      const view = await this.view(manager, id);
      await this.audit.record(manager, actor, { entity: 'users', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserView> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    if (id === actor.id && ((dto.roles && !dto.roles.includes('admin')) || dto.active === false)) {
      // An admin locking themselves out could leave the system with no admin at all.
      throw new OwnAccountLockout(dto.active === false ? 'active' : 'roles');
    }
    return this.dataSource.transaction(async (manager) => {
      // Read under the user's lock: two racing changes would otherwise both audit the same `before`.
      await lockNaturalKey(manager, 'users', 'id', id);
      const before = await this.view(manager, id, true);
      const { password: _password, unitIds, issuerIds, ...fields } = dto;
      const changes: Partial<User> = { ...fields };
      if (passwordHash) {
        changes.passwordHash = passwordHash;
      }
      if (passwordHash || dto.active === false) {
        // Sign the user out everywhere.
        await manager.increment(User, { id }, 'tokenVersion', 1);
      }
      if (Object.keys(changes).length > 0) {
        await manager.update(User, { id }, changes);
      }
      if (unitIds) {
        await this.assertUnitsExist(manager, unitIds);
        await deleteUserUnits(manager, id);
        await this.setUnits(manager, id, unitIds);
      }
      if (issuerIds) {
        await this.assertIssuersExist(manager, issuerIds);
        await deleteUserIssuers(manager, id);
        await this.setIssuers(manager, id, issuerIds);
      }
      const after = await this.view(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'users',
        entityId: id,
        action: passwordHash ? 'update-password' : 'update',
        before,
        after,
      });
      return after;
    });
  }

  list(): Promise<UserView[]> {
    return userViews(this.dataSource.manager, null);
  }

  get(id: string): Promise<UserView> {
    return this.view(this.dataSource.manager, id, true);
  }

  /**
   * First start with no users: an admin with ADMIN_PASSWORD, or a random password answered to the
   * caller, which prints it once, last of the start-up log (see main.ts), where people look.
   */
  async ensureInitialAdmin(adminPassword: string | undefined): Promise<string | null> {
    if ((await this.dataSource.getRepository(User).count()) > 0) {
      return null;
    }
    const password = adminPassword ?? randomBytes(12).toString('base64url');
    await this.create(
      {
        username: 'admin',
        password,
        fullName: 'Quản trị hệ thống',
        roles: ['admin'],
        unitIds: [],
        issuerIds: [],
        locale: 'vi',
        // A generated password went through a log: the admin chooses their own at the first sign-in.
        mustChangePassword: !adminPassword,
      },
      SYSTEM_ACTOR,
    );
    return adminPassword ? null : password;
  }

  private async view(manager: EntityManager, id: string, throwIfMissing = false): Promise<UserView> {
    const [row] = await userViews(manager, id);
    if (!row && throwIfMissing) {
      throw new NotFound('user', id);
    }
    return row;
  }

  private async setUnits(manager: EntityManager, userId: string, unitIds: string[]): Promise<void> {
    if (unitIds.length > 0) {
      await insertUserUnits(manager, userId, unitIds);
    }
  }

  private async setIssuers(manager: EntityManager, userId: string, issuerIds: string[]): Promise<void> {
    if (issuerIds.length > 0) {
      await insertUserIssuers(manager, userId, issuerIds);
    }
  }

  private async assertIssuersExist(manager: EntityManager, issuerIds: string[]): Promise<void> {
    if (issuerIds.length > 0 && (await countIssuers(manager, issuerIds)) !== issuerIds.length) {
      throw new ValidationFailed([{ field: 'issuerIds', constraint: 'unknownIssuer', key: 'fieldErrors.unknownIssuer' }]);
    }
  }

  private async assertUnitsExist(manager: EntityManager, unitIds: string[]): Promise<void> {
    if (unitIds.length === 0) {
      return;
    }
    const count = await countUnits(manager, unitIds);
    if (count !== unitIds.length) {
      throw new ValidationFailed([{ field: 'unitIds', constraint: 'unknownUnit', key: 'fieldErrors.unknownUnit' }]);
    }
  }
}
