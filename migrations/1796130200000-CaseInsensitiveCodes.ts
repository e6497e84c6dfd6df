import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose codes people type, and what an audit entry calls their records. */
const CODED = [
  { table: 'staff', entity: 'staff' },
  { table: 'units', entity: 'units' },
] as const;

/**
 * Staff and unit codes become unique whatever their case and surrounding spaces: `tvvp-101` beside
 * `TVVP-101` was a second person (counted twice in a collective's 70 % rule).
 *
 * Existing clashes are resolved, not refused (a refused migration stops the start, and the clash can
 * only be fixed through the service): codes are trimmed; in each group of codes equal without regard
 * to case, the oldest record keeps its code and each later one gets `<code>-TRUNG<n>` ("trùng":
 * duplicate). Every change is written to the audit log (actor "migration", before and after), where
 * an admin finds them; the same-name-and-birth-date warning and the merge then join the duplicates.
 *
 * Then: unique indexes on lower(code) instead of the plain ones (lookups by code use them), an index
 * on the date of birth (the same-person check), and the columns of a merged record (`merged_into`).
 */
export class CaseInsensitiveCodes1796130200000 implements MigrationInterface {
  name = 'CaseInsensitiveCodes1796130200000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, entity } of CODED) {
      const clashing = (await q.query(`
        SELECT id, code, btrim(code) AS trimmed,
               row_number() OVER (PARTITION BY lower(btrim(code)) ORDER BY created_at, id) AS n
          FROM ${table}
         WHERE code <> btrim(code)
            OR lower(btrim(code)) IN (SELECT lower(btrim(code)) FROM ${table} GROUP BY 1 HAVING count(*) > 1)
         ORDER BY lower(btrim(code)), n`)) as Array<{ id: string; code: string; trimmed: string; n: string }>;
      const taken = new Set(((await q.query(`SELECT lower(code) AS code FROM ${table}`)) as Array<{ code: string }>).map((r) => r.code));
      for (const row of clashing) {
        let next = row.trimmed;
        if (Number(row.n) > 1) {
          let n = Number(row.n);
          do {
            next = `${row.trimmed.slice(0, 40)}-TRUNG${n}`;
            n += 1;
          } while (taken.has(next.toLowerCase()));
        }
        if (next === row.code) {
          continue;
        }
        taken.add(next.toLowerCase());
        const derived = table === 'staff' ? `, search_text = regexp_replace(search_text, ' [^ ]*$', '') || ' ' || lower($2::text)` : '';
        await q.query(`UPDATE ${table} SET code = $2::text, updated_at = now()${derived} WHERE id = $1`, [row.id, next]);
        await q.query(
          `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, before, after)
           VALUES (NULL, 'migration', $1, $2, 'update', $3::jsonb, $4::jsonb)`,
          [entity, row.id, JSON.stringify({ code: row.code }), JSON.stringify({ code: next })],
        );
      }
    }
    await q.query(`ALTER TABLE staff DROP CONSTRAINT staff_code_key`);
    await q.query(`CREATE UNIQUE INDEX staff_code_lower_key ON staff (lower(code))`);
    await q.query(`ALTER TABLE units DROP CONSTRAINT units_code_key`);
    await q.query(`CREATE UNIQUE INDEX units_code_lower_key ON units (lower(code))`);
    await q.query(`CREATE INDEX staff_birth_idx ON staff (date_of_birth)`);
    await q.query(`ALTER TABLE staff ADD COLUMN merged_into uuid REFERENCES staff(id), ADD COLUMN merged_at timestamptz`);
    await q.query(`CREATE INDEX staff_merged_into_idx ON staff (merged_into) WHERE merged_into IS NOT NULL`);
  }

  /** Back to case-sensitive codes; the renamed duplicates keep their new codes (the audit log has the old ones). */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX staff_merged_into_idx`);
    await q.query(`ALTER TABLE staff DROP COLUMN merged_at, DROP COLUMN merged_into`);
    await q.query(`DROP INDEX staff_birth_idx`);
    await q.query(`DROP INDEX units_code_lower_key`);
    await q.query(`ALTER TABLE units ADD CONSTRAINT units_code_key UNIQUE (code)`);
    await q.query(`DROP INDEX staff_code_lower_key`);
    await q.query(`ALTER TABLE staff ADD CONSTRAINT staff_code_key UNIQUE (code)`);
  }
}
