import { Global, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** While unavailable, the database is asked `SELECT 1` this often, to notice (and log) its return. */
const PROBE_INTERVAL_MS = 1000;
/** A probe that gets no answer in this time counts as failed (the embedded database has no query timeout). */
const PROBE_TIMEOUT_MS = 2000;

/**
 * One log line per database outage, not one stack trace per request: the first request (or
 * health check) that finds the database unavailable logs `database unavailable: <reason>`; the
 * others during the outage log at debug level only. From then on the database is probed every
 * second, and its return is logged once: `database available again after N s`.
 */
@Injectable()
export class DatabaseOutage implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private since: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True between the first failure of an outage and the database's return. */
  get ongoing(): boolean {
    return this.since !== undefined;
  }

  /** A request found the database unavailable, for `reason` (see databaseUnavailableReason). */
  failed(reason: string, requestId?: string): void {
    if (this.since !== undefined) {
      this.logger.debug(`database still unavailable${requestId ? ` (${requestId})` : ''}: ${reason}`);
      return;
    }
    this.since = Date.now();
    this.logger.error(`database unavailable: ${reason}`);
    this.scheduleProbe();
  }

  /** The database answered (the health check): ends an ongoing outage without waiting for the next probe. */
  answered(): void {
    if (this.since === undefined) {
      return;
    }
    const seconds = Math.round((Date.now() - this.since) / 1000);
    this.since = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.logger.log(`database available again after ${seconds} s`);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    if (this.stopped || this.timer !== undefined) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.probe();
    }, PROBE_INTERVAL_MS);
    // A pending probe never keeps the process alive.
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    if (this.since === undefined || this.stopped) {
      return;
    }
    try {
      await answersWithin(this.dataSource, PROBE_TIMEOUT_MS);
      this.answered();
    } catch {
      this.scheduleProbe();
    }
  }
}

/** Resolves when the database answers `SELECT 1` within `milliseconds`, rejects otherwise. */
export async function answersWithin(dataSource: DataSource, milliseconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      dataSource.query('SELECT 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${milliseconds} ms`)), milliseconds);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Provides the one DatabaseOutage to the exception filter and the health check. */
@Global()
@Module({ providers: [DatabaseOutage], exports: [DatabaseOutage] })
export class DatabaseOutageModule {}
