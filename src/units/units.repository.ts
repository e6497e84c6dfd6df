import type { EntityManager } from 'typeorm';
import { execute, one, rows, sql } from '../database/sql.js';
import type { Unit } from './unit.entity.js';

/** What the tree of units needs of each unit. */
export type UnitNode = Pick<Unit, 'id' | 'code' | 'name' | 'parentId' | 'path'>;

/** The units under the scope patterns (`units.path LIKE ANY(...)`); null = every unit. In no particular order. */
export async function unitsInScope(manager: EntityManager, patterns: string[] | null): Promise<UnitNode[]> {
  return rows<UnitNode>(
    manager,
    sql`SELECT u.id, u.code, u.name, u.parent_id AS "parentId", u.path FROM units u
         WHERE ${patterns === null ? sql`TRUE` : sql`u.path LIKE ANY(${patterns}::text[])`}`,
  );
}

/** Moves the unit at `fromPath` and all its sub-units under a new path, in one statement. */
export async function moveSubtree(manager: EntityManager, fromPath: string, toPath: string): Promise<void> {
  await execute(
    manager,
    sql`UPDATE units SET path = ${toPath} || substr(path, length(${fromPath}) + 1) WHERE path LIKE ${fromPath} || '%'`,
  );
}

/** Whether another unit holds the code, whatever its case (units_code_lower_key). */
export async function unitCodeTaken(manager: EntityManager, code: string, exceptId: string | null = null): Promise<boolean> {
  const found = await one<{ taken: boolean }>(
    manager,
    sql`SELECT EXISTS (SELECT 1 FROM units WHERE lower(code) = lower(${code}) AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)) AS taken`,
  );
  return found.taken;
}
