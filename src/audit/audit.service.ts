import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestId } from '../common/http/request-context.js';
import type { Messages } from '../i18n/vi.js';
import { AuditEntry } from './audit-entry.entity.js';
import { insertAuditEntries } from './audit.repository.js';
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
    const where = {
      ...(query.entity ? { entity: query.entity } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
    };
    const [items, total] = await this.dataSource.getRepository(AuditEntry).findAndCount({
      where,
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
