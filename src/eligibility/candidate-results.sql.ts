import type { EntityManager } from 'typeorm';
import { execute, one, rows, type Sql, sql } from '../database/sql.js';
import { STAFF_ORDER, type StaffSelection, staffFrom } from './eligibility.repository.js';

/**
 * The kept results of the candidates list (the EligibilityResults migration): one row per subject
 * and round, current while its `facts_version` equals the subject's counter in
 * `eligibility_fact_versions`, which triggers on every history table bump.
 */
export interface ResultKey {
  /** Fingerprint of the law's code (rules-fingerprint.ts). */
  rules: string;
  award: string;
  year: number;
  asOf: string;
}

/** 0 eligible, 1 near miss, 2 not eligible: stored as the list's order. */
export type StatusCode = 0 | 1 | 2;

export interface KeptResult {
  id: string;
  status: StatusCode;
  /** The subject's counter read in the snapshot the facts were read in (a bigint, as text). */
  version: string;
}

const matchesKey = (key: ResultKey, alias: string): Sql => {
  const r = sql.raw(alias);
  return sql`${r}.rules = ${key.rules} AND ${r}.award_type_code = ${key.award} AND ${r}.year = ${key.year} AND ${r}.as_of = ${key.asOf}::date`;
};

/**
 * The selected people whose kept result for the round is missing or stale, each with their counter
 * (0 when it was never bumped), read in the caller's snapshot. Anti-joins the planner hashes: one
 * pass over the selection, however many people.
 */
export async function staleSubjects(manager: EntityManager, selection: StaffSelection, key: ResultKey): Promise<Map<string, string>> {
  const { packed } = await one<{ packed: string }>(
    manager,
    sql`SELECT coalesce(string_agg(s.id::text || ' ' || coalesce(v.version, 0)::text, ','), '') AS packed
          FROM (SELECT s.id FROM ${staffFrom(selection)}) s
          LEFT JOIN eligibility_fact_versions v ON v.subject_id = s.id
          LEFT JOIN eligibility_results r ON ${matchesKey(key, 'r')} AND r.subject_id = s.id
         WHERE r.subject_id IS NULL OR r.facts_version <> coalesce(v.version, 0)`,
  );
  return new Map(packed === '' ? [] : packed.split(',').map((pair) => pair.split(' ') as [string, string]));
}

/**
 * Keeps results, set-based. A row already kept from a newer counter (another request that read a
 * later snapshot) is left as it is; one from an older counter is replaced.
 */
/** Rows per INSERT: the first list of a round keeps 100,000 results, and no statement should near the statement timeout. */
const KEPT_PER_STATEMENT = 10_000;

export async function keepResults(manager: EntityManager, key: ResultKey, results: readonly KeptResult[]): Promise<void> {
  for (let start = 0; start < results.length; start += KEPT_PER_STATEMENT) {
    await keepSome(manager, key, results.slice(start, start + KEPT_PER_STATEMENT));
  }
}

async function keepSome(manager: EntityManager, key: ResultKey, results: readonly KeptResult[]): Promise<void> {
  await execute(
    manager,
    sql`INSERT INTO eligibility_results (rules, award_type_code, year, as_of, subject_id, status, facts_version)
        SELECT ${key.rules}, ${key.award}, ${key.year}, ${key.asOf}::date, r.id, r.status, r.version
          FROM unnest(${results.map((r) => r.id)}::uuid[], ${results.map((r) => r.status)}::smallint[], ${results.map((r) => r.version)}::bigint[])
               AS r(id, status, version)
         ORDER BY r.id
        ON CONFLICT (rules, award_type_code, year, as_of, subject_id)
        DO UPDATE SET status = EXCLUDED.status, facts_version = EXCLUDED.facts_version
        WHERE eligibility_results.facts_version < EXCLUDED.facts_version`,
  );
}

const listed = (selection: StaffSelection, key: ResultKey): Sql =>
  sql`(SELECT s.id, s.sort_key, s.date_of_birth FROM ${staffFrom(selection)}) s
      JOIN eligibility_results r ON ${matchesKey(key, 'r')} AND r.subject_id = s.id`;

/**
 * One page of the list (eligible first, then near misses, then the rest; in Vietnamese name order
 * within each) and how many of the selected people have each status: one pass over the selection,
 * kept (MATERIALIZED) for both the counts and the top-N sort of the page.
 */
export async function resultPage(
  manager: EntityManager,
  selection: StaffSelection,
  key: ResultKey,
  status: StatusCode | null,
  page: { limit: number; offset: number },
): Promise<{ counts: Record<StatusCode, number>; items: Array<{ id: string; status: StatusCode }> }> {
  const answer = await one<{
    counts: Array<{ status: StatusCode; n: number }> | null;
    items: Array<{ id: string; status: StatusCode }> | null;
  }>(
    manager,
    sql`WITH listed AS MATERIALIZED (
          SELECT s.id, s.sort_key, s.date_of_birth, r.status FROM ${listed(selection, key)})
        SELECT (SELECT json_agg(c) FROM (SELECT status, count(*)::int AS n FROM listed GROUP BY status) c) AS counts,
               (SELECT json_agg(json_build_object('id', p.id, 'status', p.status) ORDER BY p.status, p.sort_key, p.date_of_birth NULLS LAST, p.id)
                  FROM (SELECT * FROM listed s
                         WHERE ${status}::smallint IS NULL OR s.status = ${status}::smallint
                         ORDER BY s.status, ${STAFF_ORDER} LIMIT ${page.limit} OFFSET ${page.offset}) p) AS items`,
  );
  const counts: Record<StatusCode, number> = { 0: 0, 1: 0, 2: 0 };
  for (const { status: code, n } of answer.counts ?? []) {
    counts[code] = n;
  }
  return { counts, items: answer.items ?? [] };
}

/** Results of older versions of the rules: never read again. */
export async function forgetOtherRules(manager: EntityManager, rules: string): Promise<void> {
  await execute(manager, sql`DELETE FROM eligibility_results WHERE rules <> ${rules}`);
}

/** How many selected people of a unit have a status for an award (eligible or near miss: the others are not counted). */
export interface UnitStatusCount {
  unitId: string;
  award: string;
  eligible: number;
  nearMiss: number;
}

/**
 * Per unit (a person's own unit) and award, the selected people kept as eligible or near miss, for
 * several awards of one year: one grouped pass over the selection joined to its kept results.
 * The caller brings the results up to date first (they are read as kept). A person who already has
 * the award for the year is a near miss to the engine (the one criterion missing is not having it
 * yet): not counted as one here, the award being recorded is counted by the caller.
 */
export async function statusCountsByUnit(
  manager: EntityManager,
  selection: StaffSelection,
  key: Omit<ResultKey, 'award'>,
  awards: readonly string[],
): Promise<UnitStatusCount[]> {
  if (awards.length === 0) {
    return [];
  }
  return rows<UnitStatusCount>(
    manager,
    sql`SELECT s.unit_id AS "unitId", r.award_type_code AS award,
               count(*) FILTER (WHERE r.status = 0)::int AS eligible,
               count(*) FILTER (WHERE r.status = 1 AND given.id IS NULL)::int AS "nearMiss"
          FROM (SELECT s.id, s.unit_id FROM ${staffFrom(selection)}) s
          JOIN eligibility_results r
            ON r.rules = ${key.rules} AND r.award_type_code = ANY(${awards}::text[]) AND r.year = ${key.year}
           AND r.as_of = ${key.asOf}::date AND r.subject_id = s.id
          LEFT JOIN award_records given
            ON given.award_type_code = r.award_type_code AND given.staff_id = s.id AND given.year = ${key.year} AND given.revoked_at IS NULL AND given.deleted_at IS NULL
         WHERE r.status < 2
         GROUP BY s.unit_id, r.award_type_code`,
  );
}
