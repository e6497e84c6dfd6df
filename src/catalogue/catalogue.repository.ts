import type { EntityManager } from 'typeorm';
import { one, sql } from '../database/sql.js';

/** The display order after the last type's, `step` further. */
export async function nextDisplayOrder(manager: EntityManager, step: number): Promise<number> {
  const { next } = await one<{ next: number | string }>(
    manager,
    sql`SELECT coalesce(max(display_order), 0) + ${step} AS next FROM award_types`,
  );
  return Number(next);
}

/** The database's current date (YYYY-MM-DD): the day a retirement takes effect. */
export async function today(manager: EntityManager): Promise<string> {
  return (await one<{ today: string }>(manager, sql`SELECT current_date::text AS today`)).today;
}
