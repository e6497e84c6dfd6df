import type { EntityManager } from 'typeorm';
import { rows, sql } from '../database/sql.js';

/**
 * The body the lists belong to, for their title rows: the root of the unit tree (the organisation
 * itself, e.g. "Thư viện tỉnh Vĩnh Phúc"); the first by name if several trees were made.
 */
export async function organisationName(manager: EntityManager): Promise<string | null> {
  const found = await rows<{ name: string }>(manager, sql`SELECT name FROM units WHERE parent_id IS NULL ORDER BY name, id LIMIT 1`);
  return found[0]?.name ?? null;
}
