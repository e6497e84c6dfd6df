import type { EntityManager } from 'typeorm';
import { execute, sql } from '../database/sql.js';
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
