import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What lets every list answer a page of 50 at a cost that does not grow with the table:
 *
 * - `staff_list_idx` replaces `staff_sort_idx` with the same order, carrying `unit_id` and `status`:
 *   a page, however deep, and whatever the unit or status filter, is found by an index-only scan of
 *   the entries before it, and only its 50 rows are read from the table;
 * - `staff_status_sort_idx` for the status filter (few `left` staff among many) in the same order;
 * - `staff_counts`, the number of staff per (unit, status), kept by statement-level triggers (one
 *   grouped upsert per statement, so an import of 20,000 rows costs one statement, not 20,000): the
 *   list's total is a sum over a few hundred rows instead of a count over every staff member;
 * - `audit_log_entity_kind_idx`: the audit log of one kind of entity, newest first.
 */
export class ListIndexes1796121390000 implements MigrationInterface {
  name = 'ListIndexes1796121390000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX staff_list_idx ON staff (sort_key, date_of_birth, id) INCLUDE (unit_id, status)`);
    await q.query(`DROP INDEX staff_sort_idx`);
    await q.query(`CREATE INDEX staff_status_sort_idx ON staff (status, sort_key, date_of_birth, id) INCLUDE (unit_id)`);
    await q.query(`CREATE INDEX audit_log_entity_kind_idx ON audit_log (entity, id DESC)`);

    await q.query(`
      CREATE TABLE staff_counts (
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        status varchar(10) NOT NULL,
        -- No CHECK (n >= 0): a check is applied to the row an upsert proposes (a negative change) before the conflict.
        n integer NOT NULL,
        PRIMARY KEY (unit_id, status)
      )`);
    // Each statement's changes grouped into one upsert, in key order (so two statements touching the same
    // counters lock them in the same order and cannot deadlock on them).
    const upsert = (changes: string): string => `
      INSERT INTO staff_counts (unit_id, status, n)
      SELECT unit_id, status, sum(n) FROM (${changes}) c GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
      ON CONFLICT (unit_id, status) DO UPDATE SET n = staff_counts.n + EXCLUDED.n;`;
    await q.query(`
      CREATE FUNCTION staff_counts_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert('SELECT unit_id, status, 1 AS n FROM new_rows')}
        ELSIF TG_OP = 'DELETE' THEN
          ${upsert('SELECT unit_id, status, -1 AS n FROM old_rows')}
        ELSE
          ${upsert('SELECT unit_id, status, 1 AS n FROM new_rows UNION ALL SELECT unit_id, status, -1 FROM old_rows')}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER staff_counts_insert AFTER INSERT ON staff REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION staff_counts_after_change()`);
    await q.query(`CREATE TRIGGER staff_counts_update AFTER UPDATE ON staff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION staff_counts_after_change()`);
    await q.query(`CREATE TRIGGER staff_counts_delete AFTER DELETE ON staff REFERENCING OLD TABLE AS old_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION staff_counts_after_change()`);
    await q.query(`INSERT INTO staff_counts (unit_id, status, n) SELECT unit_id, status, count(*) FROM staff GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const trigger of ['staff_counts_delete', 'staff_counts_update', 'staff_counts_insert']) {
      await q.query(`DROP TRIGGER ${trigger} ON staff`);
    }
    await q.query(`DROP FUNCTION staff_counts_after_change()`);
    await q.query(`DROP TABLE staff_counts`);
    await q.query(`DROP INDEX audit_log_entity_kind_idx`);
    await q.query(`DROP INDEX staff_status_sort_idx`);
    await q.query(`CREATE INDEX staff_sort_idx ON staff (sort_key, date_of_birth, id)`);
    await q.query(`DROP INDEX staff_list_idx`);
  }
}
