import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TooManyAttempts } from './auth.errors.js';
import { countAttempt, forgetOldPairs, lockRows, releaseReservation, type ThrottleRow } from './login-throttle.sql.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';

/** One username tried from one address: free tries, then locked out for longer after each failure. */
export const PAIR_FREE_FAILURES = 10;
const PAIR_FIRST_LOCK_SECONDS = 60;
const PAIR_MAX_LOCK_SECONDS = 3600;
/** A pair's failures are forgotten a day after its last try. */
const PAIR_FORGET_SECONDS = 24 * 3600;
/** From the third consecutive failure, each try waits a little longer before the password is checked. */
const SLOW_AFTER = 3;
const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 2000;

/** Password spraying (a few tries at many usernames) is limited per address and for the whole service in this window. */
export const SPRAY_WINDOW_SECONDS = 15 * 60;
/** A username that signed in from an address within this time is not held back by the spraying limits there. */
const KNOWN_PAIR_SECONDS = 30 * 24 * 3600;

// Longer values are cut: no real username or address is longer, and the key stays bounded.
const KEY_LENGTH = 100;

/** An attempt that was counted before its password was checked; settled by `succeeded` when right. */
export interface LoginAttempt {
  username: string;
  address: string;
}

/**
 * Failed sign-ins are counted in the database, so every instance of the service counts the same
 * ones, and counted *before* the password is checked: each attempt reserves its place under row
 * locks, so of 100 parallel guesses only the allowed number ever reach the password hash, and a
 * right password sent past the limit is refused unchecked.
 *
 * - A (username, address) pair gets PAIR_FREE_FAILURES tries, then is locked out for a minute,
 *   doubling with each further failure up to an hour. The owner signing in from another address
 *   is not affected.
 * - One address may fail LOGIN_ADDRESS_LIMIT times, and the whole service LOGIN_GLOBAL_LIMIT times,
 *   in SPRAY_WINDOW_SECONDS (one try at each of many usernames never meets the pair limit). Past
 *   them only pairs that signed in within 30 days may try, so the owners keep signing in.
 */
@Injectable()
export class LoginThrottleService {
  private readonly addressLimit: number;
  private readonly globalLimit: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME) runtime: Runtime,
  ) {
    this.addressLimit = runtime.env.LOGIN_ADDRESS_LIMIT;
    this.globalLimit = runtime.env.LOGIN_GLOBAL_LIMIT;
  }

  /** Reserves an attempt, or throws TOO_MANY_ATTEMPTS (with retryAfter seconds) without counting it. */
  async reserve(usernameInput: string, addressInput: string): Promise<LoginAttempt> {
    const attempt = { username: usernameInput.slice(0, KEY_LENGTH), address: (addressInput || 'unknown').slice(0, KEY_LENGTH) };
    const delayMs = await this.dataSource.transaction((manager) => this.reserveIn(manager, attempt));
    if (delayMs > 0) {
      await sleep(delayMs);
    }
    return attempt;
  }

  /** The password was right: the pair starts afresh, and the reservation no longer counts against the limits. */
  async succeeded({ username, address }: LoginAttempt): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockRows(manager, username, address);
      await releaseReservation(manager, username, address);
    });
  }

  /** Answers how long to wait before checking the password. */
  private async reserveIn(manager: EntityManager, { username, address }: LoginAttempt): Promise<number> {
    const rows = await lockRows(manager, username, address);
    const [global, perAddress, pair] = (['global', 'address', 'pair'] as const).map((scope) => rows.find((r) => r.scope === scope)!);
    const now = pair.now.getTime();
    const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

    if (pair.blockedUntil && pair.blockedUntil.getTime() > now) {
      throw tooMany(seconds(pair.blockedUntil.getTime() - now));
    }
    const pairFailures = pair.lastAttemptAt && now - pair.lastAttemptAt.getTime() > PAIR_FORGET_SECONDS * 1000 ? 0 : pair.failures;
    const known = pair.lastSuccessAt !== null && now - pair.lastSuccessAt.getTime() < KNOWN_PAIR_SECONDS * 1000;
    const windowed = (row: ThrottleRow): { failures: number; since: number } =>
      now - row.countedSince.getTime() >= SPRAY_WINDOW_SECONDS * 1000
        ? { failures: 0, since: now }
        : { failures: row.failures, since: row.countedSince.getTime() };
    const addressWindow = windowed(perAddress);
    const globalWindow = windowed(global);
    if (!known) {
      for (const [window, limit] of [
        [addressWindow, this.addressLimit],
        [globalWindow, this.globalLimit],
      ] as const) {
        if (window.failures >= limit) {
          throw tooMany(seconds(window.since + SPRAY_WINDOW_SECONDS * 1000 - now));
        }
      }
    }

    const failures = pairFailures + 1;
    const lockSeconds =
      failures >= PAIR_FREE_FAILURES ? Math.min(PAIR_MAX_LOCK_SECONDS, PAIR_FIRST_LOCK_SECONDS * 2 ** (failures - PAIR_FREE_FAILURES)) : 0;
    await countAttempt(manager, {
      username,
      address,
      pairFailures: failures,
      lockSeconds,
      addressWindow: { failures: addressWindow.failures + 1, sinceMs: addressWindow.since },
      globalWindow: { failures: globalWindow.failures + 1, sinceMs: globalWindow.since },
    });
    if (globalWindow.since === now) {
      await forgetOldPairs(manager, KNOWN_PAIR_SECONDS);
    }
    return failures > SLOW_AFTER ? Math.min(MAX_DELAY_MS, (failures - SLOW_AFTER) * DELAY_STEP_MS) : 0;
  }
}

function tooMany(retryAfter: number): TooManyAttempts {
  return new TooManyAttempts(retryAfter);
}
