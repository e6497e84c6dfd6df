import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestId } from '../common/http/request-context.js';
import type { Messages } from '../i18n/vi.js';
import { AuditEntry } from './audit-entry.entity.js';
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

  async list(query: ListAuditQuery): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
    const manager = this.dataSource.manager;
    // An empty field of the page's form means no filter, as an absent one.
    const filter = { entity: query.entity ? query.entity : null, entityId: query.entityId ? query.entityId : null };
    const offset = (query.page - 1) * query.pageSize;
    const items = await auditPage(manager, filter, { limit: query.pageSize, offset });
    // A short first page is the whole list: no need to count it again.
    const total = offset === 0 && items.length < query.pageSize ? items.length : await countAuditEntries(manager, filter);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
