import type { EntityManager } from 'typeorm';
import { one, row, sql } from '../database/sql.js';

export interface DatabaseCounts {
  units: number;
  staff: number;
  issuers: number;
  users: number;
  /** Whether the demo's root unit is there. */
  hasDemo: boolean;
}

/** What the database already holds, in one query: the demo fills an empty one only. */
export async function databaseCounts(manager: EntityManager, demoRootUnitCode: string): Promise<DatabaseCounts> {
  return one<DatabaseCounts>(
    manager,
    sql`SELECT (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM staff)::int AS staff,
               (SELECT count(*) FROM issuers)::int AS issuers, (SELECT count(*) FROM users)::int AS users,
               EXISTS (SELECT 1 FROM units WHERE code = ${demoRootUnitCode}) AS "hasDemo"`,
  );
}

/** The first admin created, if any. */
export async function firstAdminId(manager: EntityManager): Promise<string | undefined> {
  return (await row<{ id: string }>(manager, sql`SELECT id FROM users WHERE 'admin' = ANY(roles) ORDER BY created_at LIMIT 1`))?.id;
}
