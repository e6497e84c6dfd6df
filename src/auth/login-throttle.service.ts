import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TooManyAttempts } from './auth.errors.js';

const WINDOW_MINUTES = 15;
const SLOW_AFTER = 3;
const BLOCK_AFTER = 10;
const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 2000;

/**
 * Repeated failed sign-ins for one username are slowed, then refused with 429 until the window
 * passes. Kept in the database, so every instance of the service counts the same failures.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws TOO_MANY_ATTEMPTS when blocked; otherwise waits longer the more recent failures there are. */
  async beforeAttempt(username: string): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT failures, ceil(extract(epoch FROM last_failed_at + make_interval(mins => $2) - now()))::int AS "retryAfter"
         FROM login_failures WHERE username = $1 AND last_failed_at > now() - make_interval(mins => $2)`,
      [username, WINDOW_MINUTES],
    )) as Array<{ failures: number; retryAfter: number }>;
    if (!row) {
      return;
    }
    if (row.failures >= BLOCK_AFTER) {
      throw new TooManyAttempts(row.retryAfter);
    }
    if (row.failures >= SLOW_AFTER) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_DELAY_MS, (row.failures - SLOW_AFTER + 1) * DELAY_STEP_MS)));
    }
  }

  async recordFailure(username: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_failures (username, failures, last_failed_at) VALUES ($1, 1, now())
       ON CONFLICT (username) DO UPDATE SET
         failures = CASE WHEN login_failures.last_failed_at > now() - make_interval(mins => $2) THEN login_failures.failures + 1 ELSE 1 END,
         last_failed_at = now()`,
      [username, WINDOW_MINUTES],
    );
  }

  async recordSuccess(username: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE username = $1', [username]);
  }
}
