import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit page's further filters, each with its index: a record by its id whatever its kind
 * (`audit_log_entity_id_idx`, newest first) and a date range (`audit_log_at_idx`). The filter by
 * user has `audit_log_actor_idx` since the foundation.
 */
export class AuditFilterIndexes1796130700000 implements MigrationInterface {
  name = 'AuditFilterIndexes1796130700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_log_entity_id_idx ON audit_log (entity_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_at_idx`);
    await q.query(`DROP INDEX audit_log_entity_id_idx`);
  }
}
