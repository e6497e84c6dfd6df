import { type FSWatcher, mkdirSync, watch } from 'node:fs';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { answerBackupRequests, backupRequestsFolder } from '../database/backup/backup-requests.js';
import { snapshotEmbedded } from '../database/backup/embedded-snapshot.js';

/** Watching the folder answers at once; the poll answers where watching does not work (network drives). */
const POLL_MS = 2_000;

/**
 * Answers `npm run backup` while the service holds the embedded database (see
 * database/backup/backup-requests.ts): a request left in DATA_DIR/backup-requests gets a consistent
 * copy of the database. One copy at a time; nothing to do on PostgreSQL, where pg_dump reads a
 * snapshot by itself.
 */
@Injectable()
export class OnlineBackupService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Backup');
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private askedAgain = false;

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.runtime.database.embedded) {
      return;
    }
    const folder = backupRequestsFolder(this.runtime.env.DATA_DIR);
    mkdirSync(folder, { recursive: true });
    try {
      this.watcher = watch(folder, () => this.answer());
    } catch {
      // No watching here: the poll answers.
    }
    this.timer = setInterval(() => this.answer(), POLL_MS).unref();
    this.answer();
  }

  async onModuleDestroy(): Promise<void> {
    this.watcher?.close();
    clearInterval(this.timer);
    await this.running;
  }

  private answer(): void {
    const embedded = this.runtime.database.embedded;
    if (!embedded) {
      return;
    }
    if (this.running) {
      this.askedAgain = true;
      return;
    }
    this.running = answerBackupRequests(this.runtime.env.DATA_DIR, async () => {
      const started = Date.now();
      const archive = await snapshotEmbedded(embedded, this.dataSource);
      this.logger.log(
        `Copied the embedded database for a backup (${(archive.length / 1024 / 1024).toFixed(1)} MB in ${Date.now() - started} ms)`,
      );
      return archive;
    })
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`Could not answer a backup request: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.askedAgain) {
          this.askedAgain = false;
          this.answer();
        }
      });
  }
}
