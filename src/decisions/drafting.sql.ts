import type { EntityManager } from 'typeorm';
import { execute, row, rows, sql } from '../database/sql.js';
import type { NominationState } from '../law/index.js';
import type { LineVerdict } from './decision-line.entity.js';

/** The statements of drafting: set-based, whatever the number of lines. */

export interface IssuerRow {
  id: string;
  name: string;
  symbol: string;
  signerTitle: string;
  signerName: string;
  regulationBasis: string | null;
  foundingBasis: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export async function issuerRow(manager: EntityManager, id: string): Promise<IssuerRow | undefined> {
  return row<IssuerRow>(
    manager,
    sql`SELECT id, name, symbol, signer_title AS "signerTitle", signer_name AS "signerName",
               regulation_basis AS "regulationBasis", founding_basis AS "foundingBasis",
               to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
          FROM issuers WHERE id = ${id}`,
  );
}

/** What a new line copies of its subject: the snapshot the decision prints, whatever changes later. */
export interface SubjectSnapshot {
  id: string;
  fullName: string;
  position: string | null;
  unitName: string | null;
  unitPath: string;
  sortKey: string | null;
}

export async function staffSnapshots(manager: EntityManager, ids: readonly string[]): Promise<SubjectSnapshot[]> {
  return rows<SubjectSnapshot>(
    manager,
    sql`SELECT s.id, s.full_name AS "fullName", s.position, u.name AS "unitName", u.path AS "unitPath", s.sort_key AS "sortKey"
          FROM staff s JOIN units u ON u.id = s.unit_id
         WHERE s.id = ANY(${ids}::uuid[])`,
  );
}

/** A collective prints its parent unit beside its name ("Chức vụ, đơn vị công tác"). */
export async function unitSnapshots(manager: EntityManager, ids: readonly string[]): Promise<SubjectSnapshot[]> {
  return rows<SubjectSnapshot>(
    manager,
    sql`SELECT u.id, u.name AS "fullName", NULL AS position, p.name AS "unitName", u.path AS "unitPath", NULL AS "sortKey"
          FROM units u LEFT JOIN units p ON p.id = u.parent_id
         WHERE u.id = ANY(${ids}::uuid[])`,
  );
}

/** The subjects already in the decision, by name. */
export async function alreadyInDecision(manager: EntityManager, decisionId: string, kind: 'staff' | 'unit', ids: readonly string[]) {
  const column = kind === 'staff' ? sql`staff_id` : sql`unit_id`;
  return rows<{ id: string; name: string }>(
    manager,
    sql`SELECT ${column} AS id, full_name AS name FROM decision_lines
         WHERE decision_id = ${decisionId} AND ${column} = ANY(${ids}::uuid[])
         ORDER BY sort_key`,
  );
}

/**
 * The subjects who already hold the award for the year (Law 2022 Art. 5): a live regular record,
 * which is what the unique index of award_records refuses twice.
 */
export async function alreadyAwarded(manager: EntityManager, award: string, year: number, kind: 'staff' | 'unit', ids: readonly string[]) {
  const column = kind === 'staff' ? sql`ar.staff_id` : sql`ar.unit_id`;
  const name =
    kind === 'staff' ? sql`(SELECT full_name FROM staff WHERE id = ar.staff_id)` : sql`(SELECT name FROM units WHERE id = ar.unit_id)`;
  return rows<{ id: string; name: string }>(
    manager,
    sql`SELECT ${column} AS id, ${name} AS name FROM award_records ar
         WHERE ar.award_type_code = ${award} AND ar.year = ${year} AND ar.revoked_at IS NULL AND ar.basis = 'regular'
           AND ${column} = ANY(${ids}::uuid[])`,
  );
}

export interface NewLine {
  staffId: string | null;
  unitId: string | null;
  fullName: string;
  position: string | null;
  unitName: string | null;
  unitPath: string;
  rank: number;
  sortKey: string;
  verdict: LineVerdict;
  verdictReasons: string[];
  overrideReason: string | null;
  /** The nomination the line comes from, or null. */
  nominationId?: string | null;
}

export interface InsertedLine {
  id: string;
  staffId: string | null;
  unitId: string | null;
  fullName: string;
}

/** One INSERT for every new line. */
export async function insertLines(
  manager: EntityManager,
  decisionId: string,
  lines: readonly NewLine[],
  actorId: string,
): Promise<InsertedLine[]> {
  const column = <K extends keyof NewLine>(key: K) => lines.map((line) => line[key]);
  return rows<InsertedLine>(
    manager,
    sql`INSERT INTO decision_lines (decision_id, staff_id, unit_id, full_name, position, unit_name, unit_path, rank, sort_key,
                                    verdict, verdict_reasons, override_reason, nomination_id, created_by)
        SELECT ${decisionId}, v.staff_id, v.unit_id, v.full_name, v.position, v.unit_name, v.unit_path, v.rank, v.sort_key,
               v.verdict, v.reasons::jsonb, v.override_reason, v.nomination_id, ${actorId}
          FROM unnest(${column('staffId')}::uuid[], ${column('unitId')}::uuid[], ${column('fullName')}::text[],
                      ${column('position')}::text[], ${column('unitName')}::text[], ${column('unitPath')}::text[],
                      ${column('rank')}::smallint[], ${column('sortKey')}::text[], ${column('verdict')}::text[],
                      ${lines.map((line) => JSON.stringify(line.verdictReasons))}::text[], ${column('overrideReason')}::text[],
                      ${lines.map((line) => line.nominationId ?? null)}::uuid[])
               AS v(staff_id, unit_id, full_name, position, unit_name, unit_path, rank, sort_key, verdict, reasons, override_reason,
                    nomination_id)
        RETURNING id, staff_id AS "staffId", unit_id AS "unitId", full_name AS "fullName"`,
  );
}

export async function deleteLine(manager: EntityManager, decisionId: string, lineId: string): Promise<void> {
  await execute(manager, sql`DELETE FROM decision_lines WHERE id = ${lineId} AND decision_id = ${decisionId}`);
}

export interface ListFilter {
  issuerId: string | null;
  year: number | null;
  awardType: string | null;
  state: string | null;
}

export interface DecisionListRow {
  id: string;
  kind: string;
  state: string;
  version: number;
  issuerId: string;
  issuerName: string;
  awardType: string;
  awardName: string;
  year: number;
  subject: string;
  number: number | null;
  symbol: string | null;
  plannedSignOn: string | null;
  signedOn: string | null;
  lineCount: number;
  totalAmount: string | null;
  createdAt: Date;
}

/** A page of decisions, newest year first, then newest drafted; the count in the same statement. */
export async function decisionPage(manager: EntityManager, filter: ListFilter, limit: number, offset: number): Promise<DecisionListRow[]> {
  const where = sql.join(
    [
      sql`TRUE`,
      filter.issuerId === null ? sql.empty : sql`d.issuer_id = ${filter.issuerId}`,
      filter.year === null ? sql.empty : sql`d.year = ${filter.year}`,
      filter.awardType === null ? sql.empty : sql`d.award_type_code = ${filter.awardType}`,
      filter.state === null ? sql.empty : sql`d.state = ${filter.state}`,
    ].filter((part) => part !== sql.empty),
    sql` AND `,
  );
  return rows<DecisionListRow>(
    manager,
    sql`SELECT d.id, d.kind, d.state, d.version, d.issuer_id AS "issuerId", i.name AS "issuerName",
               d.award_type_code AS "awardType", t.name AS "awardName", d.year, d.subject, d.number, d.symbol,
               to_char(d.planned_sign_on, 'YYYY-MM-DD') AS "plannedSignOn", to_char(d.signed_on, 'YYYY-MM-DD') AS "signedOn",
               (SELECT count(*)::int FROM decision_lines l WHERE l.decision_id = d.id) AS "lineCount",
               d.total_amount AS "totalAmount", d.created_at AS "createdAt"
          FROM decisions d JOIN issuers i ON i.id = d.issuer_id JOIN award_types t ON t.code = d.award_type_code
         WHERE ${where}
         ORDER BY d.year DESC, d.created_at DESC, d.id
         LIMIT ${limit} OFFSET ${offset}`,
  );
}

export async function decisionCount(manager: EntityManager, filter: ListFilter): Promise<number> {
  const found = await row<{ n: number }>(
    manager,
    sql`SELECT count(*)::int AS n FROM decisions d
         WHERE (${filter.issuerId}::uuid IS NULL OR d.issuer_id = ${filter.issuerId}::uuid)
           AND (${filter.year}::int IS NULL OR d.year = ${filter.year}::int)
           AND (${filter.awardType}::text IS NULL OR d.award_type_code = ${filter.awardType}::text)
           AND (${filter.state}::text IS NULL OR d.state = ${filter.state}::text)`,
  );
  return found?.n ?? 0;
}

/** Staff members or units by code, case-insensitive (the lower(code) indexes). */
export async function idsByCode(manager: EntityManager, kind: 'staff' | 'unit', codes: readonly string[]) {
  const table = kind === 'staff' ? sql`staff` : sql`units`;
  return rows<{ id: string; code: string }>(
    manager,
    sql`SELECT id, lower(code) AS code FROM ${table} WHERE lower(code) = ANY(${codes}::text[])`,
  );
}

/** Issuers still in force, with their parent body, for a choice on a page. */
export async function issuerChoices(manager: EntityManager) {
  return rows<{ id: string; name: string }>(
    manager,
    sql`SELECT id, CASE WHEN parent_name IS NULL THEN name ELSE name || ' (' || parent_name || ')' END AS name
          FROM issuers WHERE valid_to IS NULL OR valid_to >= CURRENT_DATE ORDER BY name`,
  );
}

/** A nomination as adding it to a decision reads it, under its row lock. */
export interface LineNomination {
  id: string;
  state: NominationState;
  awardType: string;
  year: number;
  staffId: string | null;
  unitId: string | null;
  /** The nominee's name (the person's, or the collective's). */
  name: string;
  proposingUnitPath: string;
  /** The decision that already has it as a line, and that decision's abstract; null when none. */
  takenBy: string | null;
  takenByAbstract: string | null;
}

/**
 * The nominations, locked in id order (as the nominations' transitions lock them, so the two never
 * wait on each other in a cycle), with the decision line that holds each already, if any. Locking
 * them makes adding a line and proposing the nomination upward take turns: whichever comes second
 * sees the first's line or state.
 */
export async function lockLineNominations(manager: EntityManager, ids: readonly string[]): Promise<LineNomination[]> {
  return rows<LineNomination>(
    manager,
    sql`SELECT n.id, n.state, n.award_type AS "awardType", n.year::int AS year, n.staff_id AS "staffId", n.unit_id AS "unitId",
               COALESCE(s.full_name, su.name) AS name, pu.path AS "proposingUnitPath",
               l.decision_id AS "takenBy", d.abstract AS "takenByAbstract"
          FROM nominations n
          JOIN units pu ON pu.id = n.proposed_by_unit_id
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units su ON su.id = n.unit_id
          LEFT JOIN decision_lines l ON l.nomination_id = n.id
          LEFT JOIN decisions d ON d.id = l.decision_id
         WHERE n.id = ANY(${ids}::uuid[])
         ORDER BY n.id
           FOR UPDATE OF n`,
  );
}

/** The nominations that are lines of the decision (what issuing decides), in id order. */
export async function nominationsOfDecision(manager: EntityManager, decisionId: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    manager,
    sql`SELECT nomination_id AS id FROM decision_lines
         WHERE decision_id = ${decisionId} AND nomination_id IS NOT NULL ORDER BY nomination_id`,
  );
  return found.map((line) => line.id);
}

/** A nomination the decision page offers: passed or posted, of the decision's award and year, in no decision yet. */
export interface ReadyNomination {
  id: string;
  state: NominationState;
  awardType: string;
  subjectName: string;
  proposedByUnitName: string;
}

/**
 * The nominations that may become lines of a draft, for its page's checkboxes: passed or posted, of
 * its award, year and kind of subject, proposed by the reader's units, in no decision line or
 * dossier (the award-year index; at most `limit`, in name order).
 */
export async function nominationsReadyFor(
  manager: EntityManager,
  decision: { awardType: string; year: number; kind: 'staff' | 'unit' },
  patterns: string[] | null,
  limit: number,
): Promise<ReadyNomination[]> {
  return rows<ReadyNomination>(
    manager,
    sql`SELECT n.id, n.state, n.award_type AS "awardType", COALESCE(s.full_name, su.name) AS "subjectName", pu.name AS "proposedByUnitName"
          FROM nominations n
          JOIN units pu ON pu.id = n.proposed_by_unit_id
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units su ON su.id = n.unit_id
         WHERE n.award_type = ${decision.awardType} AND n.year = ${decision.year} AND n.state IN ('passed', 'posted')
           AND ${decision.kind === 'staff' ? sql`n.staff_id IS NOT NULL` : sql`n.unit_id IS NOT NULL`}
           AND ${patterns === null ? sql`TRUE` : sql`pu.path LIKE ANY(${patterns}::text[])`}
           AND NOT EXISTS (SELECT 1 FROM decision_lines l WHERE l.nomination_id = n.id)
           AND NOT EXISTS (SELECT 1 FROM upward_dossier_nominations dn WHERE dn.nomination_id = n.id)
         ORDER BY COALESCE(s.sort_key, lower(su.name)), n.id
         LIMIT ${limit}`,
  );
}
