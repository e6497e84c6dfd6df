import type { EntityManager } from 'typeorm';
import { execute, one, rows, type Sql, sql } from '../database/sql.js';
import type { AuditEntry } from './audit-entry.entity.js';
import type { AuditRecord } from './audit.service.js';

/**
 * Writes the entries in one statement with one parameter however many there are: imports audit
 * thousands of rows at once.
 */
export async function insertAuditEntries(
  manager: EntityManager,
  actor: { id: string | null; username: string },
  requestId: string | null,
  records: readonly AuditRecord[],
): Promise<void> {
  const entries = JSON.stringify(
    records.map((r) => ({ entity: r.entity, entity_id: r.entityId, action: r.action, before: r.before ?? null, after: r.after ?? null })),
  );
  await execute(
    manager,
    sql`INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, before, after, request_id)
        SELECT ${actor.id}, ${actor.username}, r.entity, r.entity_id, r.action, r.before, r.after, ${requestId}
          FROM jsonb_to_recordset(${entries}::jsonb) AS r(entity text, entity_id text, action text, before jsonb, after jsonb)`,
  );
}

export interface AuditFilter {
  entity: string | null;
  entityId: string | null;
  actorId: string | null;
  /** Instants: from (included) and before (excluded). */
  since: Date | null;
  before: Date | null;
}

const auditWhere = (filter: AuditFilter): Sql =>
  sql`(${filter.entity}::text IS NULL OR a.entity = ${filter.entity}) AND (${filter.entityId}::text IS NULL OR a.entity_id = ${filter.entityId})
      AND (${filter.actorId}::uuid IS NULL OR a.actor_id = ${filter.actorId}::uuid)
      AND (${filter.since}::timestamptz IS NULL OR a.at >= ${filter.since}::timestamptz)
      AND (${filter.before}::timestamptz IS NULL OR a.at < ${filter.before}::timestamptz)`;

/**
 * Newest first, one page: `ORDER BY id DESC LIMIT` walks the primary key, `audit_log_entity_kind_idx`,
 * `audit_log_entity_idx`, `audit_log_entity_id_idx`, `audit_log_actor_idx` or `audit_log_at_idx`
 * (whichever matches the filter best) and stops after the page.
 */
export async function auditPage(
  manager: EntityManager,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<AuditEntry[]> {
  return rows<AuditEntry>(
    manager,
    sql`SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", a.actor_name AS "actorName", a.entity, a.entity_id AS "entityId",
               a.action, a.before, a.after, a.request_id AS "requestId"
          FROM audit_log a WHERE ${auditWhere(filter)}
         ORDER BY a.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

/**
 * A plain `count(*)`, served by an index-only scan (TypeORM's findAndCount counted `DISTINCT id`,
 * which sorts every id of the log).
 */
export async function countAuditEntries(manager: EntityManager, filter: AuditFilter): Promise<number> {
  return (await one<{ total: number }>(manager, sql`SELECT count(*)::int AS total FROM audit_log a WHERE ${auditWhere(filter)}`)).total;
}
