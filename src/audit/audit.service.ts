import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestId } from '../common/http/request-context.js';
import type { Messages } from '../i18n/vi.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditActors, recordNames, type RecordNames } from './audit-names.js';
import { auditPage, countAuditEntries, insertAuditEntries } from './audit.repository.js';
import type { ListAuditQuery } from './dto/list-audit.query.js';
import { type AuthUser } from '../kernel/index.js';

/**
 * What was done, one of the actions the audit page words (`auditActions` of the catalogues): a new
 * action does not compile until it has its words in both languages.
 */
export type AuditAction = keyof Messages['auditActions'];

export interface AuditRecord {
  entity: string;
  entityId: string;
  action: AuditAction;
  before?: object | null;
  after?: object | null;
}

/** The actor of changes made by the system itself (first start, demo data). */
export const SYSTEM_ACTOR = { id: null, username: 'system' } as const;
type Actor = Pick<AuthUser, 'username'> & { id: string | null };

/** Vietnam's time is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The instant a day (YYYY-MM-DD), plus some days, begins in Vietnam. */
const vietnamMidnight = (day: string, plusDays: number): Date => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + plusDays) - VIETNAM_OFFSET_MS);
};

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes in the caller's transaction, so a change and its audit entry commit or fail together. */
  async record(manager: EntityManager, actor: Actor, ...records: AuditRecord[]): Promise<void> {
    if (records.length === 0) {
      return;
    }
    await insertAuditEntries(manager, actor, currentRequestId(), records);
  }

  /** The names of the records a page of entries mentions (one query per kind of record) and who may be filtered by. */
  async pageNames(entries: readonly AuditEntry[]): Promise<RecordNames> {
    return recordNames(this.dataSource.manager, entries);
  }

  actors(): Promise<Array<{ id: string; label: string }>> {
    return auditActors(this.dataSource.manager);
  }

  async list(query: ListAuditQuery): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
    const manager = this.dataSource.manager;
    // An empty field of the page's form means no filter, as an absent one.
    const filter = {
      entity: query.entity ? query.entity : null,
      entityId: query.entityId ? query.entityId : null,
      actorId: query.actorId ? query.actorId : null,
      since: query.from ? vietnamMidnight(query.from, 0) : null,
      before: query.to ? vietnamMidnight(query.to, 1) : null,
    };
    const offset = (query.page - 1) * query.pageSize;
    const items = await auditPage(manager, filter, { limit: query.pageSize, offset });
    // A short first page is the whole list: no need to count it again.
    const total = offset === 0 && items.length < query.pageSize ? items.length : await countAuditEntries(manager, filter);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
