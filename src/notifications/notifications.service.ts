import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFound } from '../common/errors/domain-error.js';
import { RUNTIME, type Runtime } from '../config/runtime.js';
import { enqueue, enqueueMany, JobsService } from '../jobs/index.js';
import type { AuthUser } from '../kernel/index.js';
import { readSettingsInForce } from '../settings/index.js';
import { dueReminders, nextReminderRun, vietnamDay } from './deadline-reminders.js';
import { composeMail, type MailSender } from './mailer.js';
import { MAIL_SENDER } from './mail-sender.provider.js';
import { inboxCounts, inboxPage, insertNotifications, mailable, markAllRead, markEmailed, markRead } from './notifications.repository.js';
import type { InboxPage, NotificationMessage, NotificationView } from './notifications.types.js';

export const MAIL_JOB = 'notifications.mail';
export const REMINDERS_JOB = 'notifications.reminders';

/** A path of this site: "/…", not "//host" nor "/\host" (another origin to a browser), no spaces or control characters. */
const SAME_ORIGIN_PATH = /^\/(?![/\\])[^\s\p{Cc}]*$/u;
const MAX_KIND = 60;
const MAX_SUBJECT = 300;
const MAX_LINK = 1000;

/** The inbox's page size: a screen of messages. */
export const INBOX_PAGE_SIZE = 20;

/**
 * The people who must act next are told: each message is a row of their inbox, written in the
 * caller's transaction (a transition rolled back tells nobody), and, when SMTP_URL is set, an e-mail
 * to each recipient with an address, sent by a job after the commit (retried per the queue's policy).
 * Also the daily deadline reminder (`deadline-reminders.ts`).
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(MAIL_SENDER) private readonly mail: MailSender | null,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ notificationId: string }>(MAIL_JOB, (payload) => this.sendMail(payload.notificationId), { timeoutMs: 60_000 });
    this.jobs.register<{ day: string }>(REMINDERS_JOB, () => this.runDailyReminders());
  }

  /** The first daily reminder run, queued for the next 07:00 in Vietnam unless one is (another process's, an earlier start's). */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.dataSource.transaction((manager) => this.queueNextReminders(manager));
    } catch (error) {
      // The service starts without it: the next start queues it again.
      this.logger.warn(`Could not queue the daily deadline reminder: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.mail?.close();
  }

  /**
   * Writes the message to each recipient's inbox, inside the caller's transaction (`manager`), in
   * one statement; queues one e-mail per recipient with an address when SMTP is configured, in the
   * same transaction. Answers how many were told. Texts are stored NFC.
   */
  async notify(manager: EntityManager, message: NotificationMessage): Promise<number> {
    const subject = message.subject.normalize('NFC').trim();
    const body = message.body.normalize('NFC').trim();
    const link = message.link ?? null;
    if (message.kind.length === 0 || message.kind.length > MAX_KIND) {
      throw new Error(`A notification's kind is 1 to ${MAX_KIND} characters (got "${message.kind}")`);
    }
    if (subject.length === 0 || subject.length > MAX_SUBJECT) {
      throw new Error(`A notification's subject is 1 to ${MAX_SUBJECT} characters (got ${subject.length})`);
    }
    if (link !== null && (link.length > MAX_LINK || !SAME_ORIGIN_PATH.test(link))) {
      throw new Error(`A notification's link is a path of this site, not ${JSON.stringify(link)}`);
    }
    const inserted = await insertNotifications(manager, message.to, {
      kind: message.kind,
      subject,
      body,
      link,
      dedupeKey: message.dedupeKey ?? null,
    });
    if (this.mail) {
      const mails = inserted
        .filter((row) => row.email !== null)
        .map((row) => ({ payload: { notificationId: row.id }, dedupeKey: `${MAIL_JOB}:${row.id}` }));
      await enqueueMany(manager, MAIL_JOB, mails);
    }
    return inserted.length;
  }

  /** A page of the user's own inbox, newest first, with their unread count. */
  async inbox(user: AuthUser, query: { unread?: boolean; page: number }): Promise<InboxPage> {
    const manager = this.dataSource.manager;
    const unreadOnly = query.unread === true;
    const offset = (query.page - 1) * INBOX_PAGE_SIZE;
    const items = await inboxPage(manager, user.id, unreadOnly, { limit: INBOX_PAGE_SIZE, offset });
    const counts = await inboxCounts(manager, user.id, unreadOnly);
    return { unread: counts.unread, items, total: counts.total, page: query.page, pageSize: INBOX_PAGE_SIZE };
  }

  /** Marks one of the user's messages read; another user's (or none) is a 404, as if it did not exist. */
  async markRead(user: AuthUser, id: string): Promise<NotificationView> {
    const marked = await markRead(this.dataSource.manager, user.id, id);
    if (!marked) {
      throw new NotFound('notification', id);
    }
    return marked;
  }

  /** Marks all the user's unread messages read; answers how many were. */
  async markAllRead(user: AuthUser): Promise<{ marked: number }> {
    return { marked: await markAllRead(this.dataSource.manager, user.id) };
  }

  /**
   * Reminds the proposers of the deadlines `daysBefore` days away or nearer, on `today` (YYYY-MM-DD,
   * Vietnam's day), each reminder once per user (see `dueReminders`); in one transaction of its own.
   * Answers how many messages were written. The deadlines and, unless given, the days are the province
   * settings in force on `today` (`reminderDaysBefore`).
   */
  async remindDeadlines(options: { today?: string; daysBefore?: number } = {}): Promise<number> {
    const today = options.today ?? vietnamDay();
    return this.dataSource.transaction(async (manager) => {
      const settings = await readSettingsInForce(manager, today);
      const daysBefore = options.daysBefore ?? settings.reminderDaysBefore.value;
      let told = 0;
      for (const reminder of dueReminders(today, daysBefore, settings.rules)) {
        told += await this.notify(manager, reminder);
      }
      return told;
    });
  }

  /** The daily job: today's reminders, and tomorrow's run queued in the same transaction (so the chain survives restarts). */
  private async runDailyReminders(): Promise<void> {
    const today = vietnamDay();
    await this.dataSource.transaction(async (manager) => {
      const settings = await readSettingsInForce(manager, today);
      for (const reminder of dueReminders(today, settings.reminderDaysBefore.value, settings.rules)) {
        await this.notify(manager, reminder);
      }
      // A minute ahead: a clock a little behind the database's must not queue today's run again.
      await this.queueNextReminders(manager, new Date(Date.now() + 60_000));
    });
  }

  /** At most one queued run per day (its dedupe key): several processes, or restarts, queue it once. */
  private async queueNextReminders(manager: EntityManager, after: Date = new Date()): Promise<void> {
    const next = nextReminderRun(after);
    await enqueue(manager, REMINDERS_JOB, { day: next.day }, { dedupeKey: `${REMINDERS_JOB}:${next.day}`, runAfter: next.at });
  }

  /**
   * The mail job: the message to its recipient's address as it is now. Idempotent: a message already
   * sent (a retry after a crash past the send), a recipient without an address or no longer active,
   * or a message gone, sends nothing. A refusal by the server fails the try, which the queue retries.
   */
  private async sendMail(notificationId: string): Promise<void> {
    if (!this.mail) {
      return;
    }
    const found = await mailable(this.dataSource.manager, notificationId);
    if (!found || found.emailedAt !== null || found.email === null || !found.active) {
      return;
    }
    await this.mail.send(composeMail(found, { email: found.email, locale: found.locale }, this.runtime.env.PUBLIC_URL));
    await markEmailed(this.dataSource.manager, notificationId);
  }
}
