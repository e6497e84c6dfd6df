import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/index.js';
import { NotFound } from '../../common/errors/domain-error.js';
import { type AuthUser } from '../../kernel/index.js';
import {
  accountState,
  claimStep,
  dropTwoFactor,
  enableTwoFactor,
  replaceRecoveryCodes,
  savePendingSecret,
  twoFactorOf,
  unusedRecoveryCodes,
  useRecoveryCode,
} from '../account.repository.js';
import { TwoFactorAlreadyOn, TwoFactorCodeWrong, TwoFactorNotSetUp } from '../auth.errors.js';
import { newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT, sha256Hex } from '../secrets.js';
import { matchingStep, newTotpSecret, otpauthUri } from './totp.js';

/** The name authenticator apps list the account under. */
export const TOTP_ISSUER = 'Thi đua khen thưởng';

export interface TwoFactorStatus {
  enabled: boolean;
  /** A secret was shown and waits for its first code. */
  pending: boolean;
  recoveryCodesLeft: number;
}

export interface TwoFactorSecret {
  /** Base32, for the app's "enter a setup key". */
  secret: string;
  /** The same as an otpauth:// URI, for apps that take a link (a QR code of it is what phones scan). */
  otpauthUri: string;
}

/**
 * The optional second factor: a TOTP secret (RFC 6238) the user's app shares, confirmed by a first
 * code before it counts, and ten recovery codes for a lost phone, each good once. Turning it off
 * asks for the password (the page's caller checks it); an admin may turn it off for a user who lost
 * both phone and codes.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async status(userId: string): Promise<TwoFactorStatus> {
    const manager = this.dataSource.manager;
    const row = await twoFactorOf(manager, userId);
    return {
      enabled: row?.enabled ?? false,
      pending: row !== undefined && !row.enabled,
      recoveryCodesLeft: row?.enabled ? await unusedRecoveryCodes(manager, userId) : 0,
    };
  }

  /** A new secret, shown to the user; nothing changes at sign-in until `enable` gets a code from it. */
  async setup(user: AuthUser): Promise<TwoFactorSecret> {
    return this.dataSource.transaction(async (manager) => {
      if ((await twoFactorOf(manager, user.id))?.enabled) {
        throw new TwoFactorAlreadyOn();
      }
      const secret = newTotpSecret();
      await savePendingSecret(manager, user.id, secret);
      return { secret, otpauthUri: otpauthUri(TOTP_ISSUER, user.username, secret) };
    });
  }

  /** The secret shown last time, while it waits for its first code (a page shown again after a wrong code). */
  async pendingSecret(user: AuthUser): Promise<TwoFactorSecret | null> {
    const row = await twoFactorOf(this.dataSource.manager, user.id);
    return row && !row.enabled ? { secret: row.secret, otpauthUri: otpauthUri(TOTP_ISSUER, user.username, row.secret) } : null;
  }

  /** A right code from the pending secret turns it on; answers the recovery codes, shown this once. */
  async enable(user: AuthUser, code: string, now = Date.now()): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const row = await twoFactorOf(manager, user.id);
      if (!row) {
        throw new TwoFactorNotSetUp();
      }
      if (row.enabled) {
        throw new TwoFactorAlreadyOn();
      }
      const step = matchingStep(row.secret, code, now, 0);
      if (step === null) {
        throw new TwoFactorCodeWrong();
      }
      await enableTwoFactor(manager, user.id, step);
      const codes = await this.newCodes(manager, user.id);
      await this.audit.record(manager, user, {
        entity: 'users',
        entityId: user.id,
        action: 'two-factor-on',
        before: { twoFactor: false },
        after: { twoFactor: true, recoveryCodes: codes.length },
      });
      return codes;
    });
  }

  /** Fresh recovery codes; the old ones stop working. The caller has checked the password. */
  async renewRecoveryCodes(user: AuthUser): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await twoFactorOf(manager, user.id))?.enabled) {
        throw new TwoFactorNotSetUp();
      }
      const codes = await this.newCodes(manager, user.id);
      await this.audit.record(manager, user, {
        entity: 'users',
        entityId: user.id,
        action: 'recovery-codes',
        after: { recoveryCodes: codes.length },
      });
      return codes;
    });
  }

  /** Off, by the user (the caller has checked the password) or by an admin for them: the secret and the codes go. */
  async disable(userId: string, actor: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await accountState(manager, userId))) {
        throw new NotFound('user', userId);
      }
      const row = await twoFactorOf(manager, userId);
      if (!row?.enabled) {
        throw new TwoFactorNotSetUp();
      }
      await dropTwoFactor(manager, userId);
      await this.audit.record(manager, actor, {
        entity: 'users',
        entityId: userId,
        action: actor.id === userId ? 'two-factor-off' : 'two-factor-reset',
        before: { twoFactor: true },
        after: { twoFactor: false },
      });
    });
  }

  /**
   * Which factor a sign-in code is: the app's code of now (each step once, even for two requests
   * at the same moment), or one unused recovery code; null when neither.
   */
  async verifyAtSignIn(userId: string, code: string, now = Date.now()): Promise<'totp' | 'recovery-code' | null> {
    return this.dataSource.transaction(async (manager) => {
      const row = await twoFactorOf(manager, userId);
      if (!row?.enabled) {
        return null;
      }
      const step = matchingStep(row.secret, code, now, row.lastStep);
      if (step !== null) {
        return (await claimStep(manager, userId, step)) ? 'totp' : null;
      }
      const recovery = normaliseRecoveryCode(code);
      return recovery && (await useRecoveryCode(manager, userId, sha256Hex(recovery))) ? 'recovery-code' : null;
    });
  }

  private async newCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await replaceRecoveryCodes(
      manager,
      userId,
      codes.map((code) => sha256Hex(code)),
    );
    return codes;
  }
}
