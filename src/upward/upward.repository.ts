import type { EntityManager } from 'typeorm';
import { execute, one, row, rows, type Sql, sql } from '../database/sql.js';
import type { NominationState } from '../law/index.js';

/** The statements of the upward dossiers and of the decisions that come back: set-based, whatever the number of nominations. */

/** A nomination as a dossier reads it under its row lock. */
export interface LockedDossierNomination {
  id: string;
  state: NominationState;
  year: number;
  awardType: string;
  staffId: string | null;
  unitId: string | null;
  name: string;
  proposingUnitId: string;
  proposingUnitPath: string;
  /** The decision of this body that has it as a line (decided here, not above); null when none. */
  decisionId: string | null;
  /** The dossier it is in already; null when none. */
  dossierId: string | null;
}

/**
 * The nominations, locked in id order (as the nominations' own transitions and the decision lines
 * lock them: a dossier and a decision naming the same nomination take turns, the second sees the
 * first's line or state), with where each has gone already.
 */
export async function lockNominationsForDossier(manager: EntityManager, ids: readonly string[]): Promise<LockedDossierNomination[]> {
  return rows<LockedDossierNomination>(
    manager,
    sql`SELECT n.id, n.state, n.year::int AS year, n.award_type AS "awardType", n.staff_id AS "staffId", n.unit_id AS "unitId",
               COALESCE(s.full_name, su.name) AS name, n.proposed_by_unit_id AS "proposingUnitId", pu.path AS "proposingUnitPath",
               (SELECT l.decision_id FROM decision_lines l WHERE l.nomination_id = n.id) AS "decisionId",
               (SELECT dn.dossier_id FROM upward_dossier_nominations dn WHERE dn.nomination_id = n.id) AS "dossierId"
          FROM nominations n
          JOIN units pu ON pu.id = n.proposed_by_unit_id
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units su ON su.id = n.unit_id
         WHERE n.id = ANY(${ids}::uuid[])
         ORDER BY n.id
           FOR UPDATE OF n`,
  );
}

/** The nearest unit at or above every one of these proposing units (the sender of the dossier); null when they share none. */
export async function commonUnit(manager: EntityManager, unitIds: readonly string[]): Promise<string | null> {
  const found = await row<{ id: string }>(
    manager,
    sql`SELECT u.id FROM units u
         WHERE NOT EXISTS (SELECT 1 FROM units p WHERE p.id = ANY(${unitIds}::uuid[]) AND left(p.path, length(u.path)) <> u.path)
         ORDER BY length(u.path) DESC
         LIMIT 1`,
  );
  return found?.id ?? null;
}

export async function insertDossier(
  manager: EntityManager,
  dossier: { year: number; addressee: string; issuerId: string | null; unitId: string | null; createdBy: string },
  nominationIds: readonly string[],
): Promise<string> {
  const { id } = await one<{ id: string }>(
    manager,
    sql`INSERT INTO upward_dossiers (year, addressee, issuer_id, unit_id, created_by)
        VALUES (${dossier.year}, ${dossier.addressee}, ${dossier.issuerId}::uuid, ${dossier.unitId}::uuid, ${dossier.createdBy}::uuid)
        RETURNING id`,
  );
  await execute(
    manager,
    sql`INSERT INTO upward_dossier_nominations (dossier_id, nomination_id)
        SELECT ${id}::uuid, n FROM unnest(${nominationIds}::uuid[]) AS n ORDER BY n`,
  );
  return id;
}

export interface DossierRow {
  id: string;
  year: number;
  addressee: string;
  issuerId: string | null;
  issuerName: string | null;
  unitId: string | null;
  unitName: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  nominationCount: number;
  /** Nominations without an answer from above yet. */
  pendingCount: number;
}

const DOSSIER_COLUMNS = sql`
  d.id, d.year::int AS year, d.addressee, d.issuer_id AS "issuerId", i.name AS "issuerName", d.unit_id AS "unitId", u.name AS "unitName",
  d.created_by AS "createdBy", cu.full_name AS "createdByName", d.created_at AS "createdAt",
  (SELECT count(*)::int FROM upward_dossier_nominations dn WHERE dn.dossier_id = d.id) AS "nominationCount",
  (SELECT count(*)::int FROM upward_dossier_nominations dn
     WHERE dn.dossier_id = d.id AND NOT EXISTS (SELECT 1 FROM higher_decision_lines hl WHERE hl.nomination_id = dn.nomination_id)) AS "pendingCount"`;

const DOSSIER_FROM = sql`
  upward_dossiers d
  LEFT JOIN issuers i ON i.id = d.issuer_id
  LEFT JOIN units u ON u.id = d.unit_id
  JOIN users cu ON cu.id = d.created_by`;

/**
 * The reader's scope: every nomination of the dossier proposed by one of their units (the documents
 * name them all). `patterns` null: every unit.
 */
const inScope = (patterns: string[] | null): Sql =>
  patterns === null
    ? sql`TRUE`
    : sql`NOT EXISTS (SELECT 1 FROM upward_dossier_nominations dn JOIN nominations n ON n.id = dn.nomination_id
                       JOIN units pu ON pu.id = n.proposed_by_unit_id
                       WHERE dn.dossier_id = d.id AND NOT (pu.path LIKE ANY(${patterns}::text[])))`;

export async function dossierRow(manager: EntityManager, id: string): Promise<(DossierRow & { inScope: boolean }) | undefined> {
  return row<DossierRow & { inScope: boolean }>(
    manager,
    sql`SELECT ${DOSSIER_COLUMNS}, TRUE AS "inScope" FROM ${DOSSIER_FROM} WHERE d.id = ${id}::uuid`,
  );
}

export async function dossierInScope(manager: EntityManager, id: string, patterns: string[] | null): Promise<boolean> {
  const found = await one<{ ok: boolean }>(
    manager,
    sql`SELECT EXISTS (SELECT 1 FROM upward_dossiers d WHERE d.id = ${id}::uuid AND ${inScope(patterns)}) AS ok`,
  );
  return found.ok;
}

/** A page of the dossiers the reader may see, newest first; `year` narrows it. */
export async function dossierPage(
  manager: EntityManager,
  filter: { year: number | null; patterns: string[] | null },
  limit: number,
  offset: number,
): Promise<{ items: DossierRow[]; total: number }> {
  const where = sql`(${filter.year}::int IS NULL OR d.year = ${filter.year}::int) AND ${inScope(filter.patterns)}`;
  const items = await rows<DossierRow>(
    manager,
    sql`SELECT ${DOSSIER_COLUMNS} FROM ${DOSSIER_FROM} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  const { n } = await one<{ n: number }>(manager, sql`SELECT count(*)::int AS n FROM upward_dossiers d WHERE ${where}`);
  return { items, total: n };
}

/** What became of each nomination of the dossier: no answer yet, or the higher decision's and whether it granted. */
export interface DossierNominationOutcome {
  nominationId: string;
  higherDecisionId: string | null;
  granted: boolean | null;
  awardRecordId: string | null;
}

export async function dossierNominations(manager: EntityManager, dossierId: string): Promise<DossierNominationOutcome[]> {
  return rows<DossierNominationOutcome>(
    manager,
    sql`SELECT dn.nomination_id AS "nominationId", hl.higher_decision_id AS "higherDecisionId", hl.granted,
               hl.award_record_id AS "awardRecordId"
          FROM upward_dossier_nominations dn
          LEFT JOIN higher_decision_lines hl ON hl.nomination_id = dn.nomination_id
         WHERE dn.dossier_id = ${dossierId}::uuid`,
  );
}

export interface HigherDecisionRow {
  id: string;
  number: string;
  signedOn: string;
  issuerId: string | null;
  issuerName: string;
  createdAt: Date;
  granted: number;
  notGranted: number;
  copySha256: string | null;
  copySize: number | null;
  copyFileName: string | null;
  copyUploadedAt: Date | null;
}

export async function higherDecisions(manager: EntityManager, dossierId: string): Promise<HigherDecisionRow[]> {
  return rows<HigherDecisionRow>(
    manager,
    sql`SELECT h.id, h.number, to_char(h.signed_on, 'YYYY-MM-DD') AS "signedOn", h.issuer_id AS "issuerId", h.issuer_name AS "issuerName",
               h.created_at AS "createdAt",
               (SELECT count(*)::int FROM higher_decision_lines hl WHERE hl.higher_decision_id = h.id AND hl.granted) AS granted,
               (SELECT count(*)::int FROM higher_decision_lines hl WHERE hl.higher_decision_id = h.id AND NOT hl.granted) AS "notGranted",
               c.sha256 AS "copySha256", c.size AS "copySize", c.file_name AS "copyFileName", c.uploaded_at AS "copyUploadedAt"
          FROM higher_decisions h
          LEFT JOIN LATERAL (SELECT sha256, size, file_name, uploaded_at FROM higher_decision_copies
                              WHERE higher_decision_id = h.id ORDER BY uploaded_at DESC, id DESC LIMIT 1) c ON TRUE
         WHERE h.dossier_id = ${dossierId}::uuid
         ORDER BY h.signed_on, h.created_at, h.id`,
  );
}

/** The dossier's row, locked: two answers recorded at once for one dossier take turns. */
export async function lockDossier(manager: EntityManager, id: string): Promise<{ id: string; year: number } | undefined> {
  return row<{ id: string; year: number }>(
    manager,
    sql`SELECT id, year::int AS year FROM upward_dossiers WHERE id = ${id}::uuid FOR UPDATE`,
  );
}

export async function insertHigherDecision(
  manager: EntityManager,
  decision: { dossierId: string; number: string; signedOn: string; issuerId: string | null; issuerName: string; createdBy: string },
): Promise<string> {
  const { id } = await one<{ id: string }>(
    manager,
    sql`INSERT INTO higher_decisions (dossier_id, number, signed_on, issuer_id, issuer_name, created_by)
        VALUES (${decision.dossierId}::uuid, ${decision.number}, ${decision.signedOn}::date, ${decision.issuerId}::uuid,
                ${decision.issuerName}, ${decision.createdBy}::uuid)
        RETURNING id`,
  );
  return id;
}

export async function higherDecisionNumberUsed(manager: EntityManager, dossierId: string, number: string): Promise<boolean> {
  const found = await one<{ used: boolean }>(
    manager,
    sql`SELECT EXISTS (SELECT 1 FROM higher_decisions WHERE dossier_id = ${dossierId}::uuid AND number = ${number}) AS used`,
  );
  return found.used;
}

export async function insertHigherDecisionLines(
  manager: EntityManager,
  higherDecisionId: string,
  lines: ReadonlyArray<{ nominationId: string; granted: boolean; awardRecordId: string | null }>,
): Promise<void> {
  await execute(
    manager,
    sql`INSERT INTO higher_decision_lines (higher_decision_id, nomination_id, granted, award_record_id)
        SELECT ${higherDecisionId}::uuid, v.nomination_id, v.granted, v.award_record_id
          FROM unnest(${lines.map((line) => line.nominationId)}::uuid[], ${lines.map((line) => line.granted)}::boolean[],
                      ${lines.map((line) => line.awardRecordId)}::uuid[]) AS v(nomination_id, granted, award_record_id)
         ORDER BY v.nomination_id`,
  );
}

/** The higher decision and the dossier it answers, for its signed copy. */
export async function higherDecisionOf(manager: EntityManager, dossierId: string, id: string): Promise<{ id: string } | undefined> {
  return row<{ id: string }>(manager, sql`SELECT id FROM higher_decisions WHERE id = ${id}::uuid AND dossier_id = ${dossierId}::uuid`);
}

export interface CopyView {
  id: string;
  higherDecisionId: string;
  sha256: string;
  size: number;
  fileName: string | null;
  uploadedAt: Date;
}

/** The bytes go as a bytea parameter (node-postgres sends a Buffer as binary), not through the `sql` tag's text values. */
export async function insertCopy(
  manager: EntityManager,
  copy: { decisionId: string; content: Buffer; sha256: string; fileName: string | null; uploadedBy: string },
): Promise<CopyView> {
  const [view] = (await manager.query(
    `INSERT INTO higher_decision_copies (higher_decision_id, content, sha256, size, file_name, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, higher_decision_id AS "higherDecisionId", sha256, size, file_name AS "fileName", uploaded_at AS "uploadedAt"`,
    [copy.decisionId, copy.content, copy.sha256, copy.content.length, copy.fileName, copy.uploadedBy],
  )) as CopyView[];
  return view;
}

/** The catalogue's names of these award types. */
export async function awardNames(manager: EntityManager, codes: readonly string[]): Promise<Map<string, string>> {
  const found = await rows<{ code: string; name: string }>(
    manager,
    sql`SELECT code, name FROM award_types WHERE code = ANY(${codes}::text[])`,
  );
  return new Map(found.map((award) => [award.code, award.name]));
}

export async function latestCopy(manager: EntityManager, higherDecisionId: string): Promise<(CopyView & { content: Buffer }) | undefined> {
  return row<CopyView & { content: Buffer }>(
    manager,
    sql`SELECT id, higher_decision_id AS "higherDecisionId", sha256, size, file_name AS "fileName", uploaded_at AS "uploadedAt", content
          FROM higher_decision_copies WHERE higher_decision_id = ${higherDecisionId}::uuid
         ORDER BY uploaded_at DESC, id DESC LIMIT 1`,
  );
}

/** What the documents print of each nomination: the nominee as the registry has them now, and the award as the catalogue names it. */
export interface DocumentNominationRow {
  id: string;
  awardType: string;
  awardName: string;
  awardKind: 'title' | 'commendation';
  awardOrder: number;
  staffId: string | null;
  unitId: string | null;
  name: string;
  position: string | null;
  unitName: string | null;
  dateOfBirth: string | null;
  gender: 'male' | 'female' | null;
  achievements: string;
  sortKey: string;
}

export async function documentNominations(manager: EntityManager, dossierId: string): Promise<DocumentNominationRow[]> {
  return rows<DocumentNominationRow>(
    manager,
    sql`SELECT n.id, n.award_type AS "awardType", t.name AS "awardName", t.kind AS "awardKind", t.display_order AS "awardOrder",
               n.staff_id AS "staffId", n.unit_id AS "unitId", COALESCE(s.full_name, su.name) AS name, s.position,
               CASE WHEN n.staff_id IS NOT NULL THEN su2.name ELSE sp.name END AS "unitName",
               to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", s.gender, n.achievements,
               COALESCE(s.sort_key, lower(su.name)) AS "sortKey"
          FROM upward_dossier_nominations dn
          JOIN nominations n ON n.id = dn.nomination_id
          JOIN award_types t ON t.code = n.award_type
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units su2 ON su2.id = s.unit_id
          LEFT JOIN units su ON su.id = n.unit_id
          LEFT JOIN units sp ON sp.id = su.parent_id
         WHERE dn.dossier_id = ${dossierId}::uuid`,
  );
}

export interface PriorAwardRow {
  staffId: string | null;
  unitId: string | null;
  year: number;
  awardName: string;
  awardKind: 'title' | 'commendation';
  decisionNumber: string | null;
  decisionDate: string | null;
  issuerName: string | null;
}

/**
 * The awards the nominees already hold (live records; the one proposed now left out), for the
 * reports' section III: one statement, each kind of nominee through its own index.
 */
export async function priorAwardsOf(manager: EntityManager, dossierId: string): Promise<PriorAwardRow[]> {
  const columns = sql`ar.staff_id AS "staffId", ar.unit_id AS "unitId", ar.year::int AS year, t.name AS "awardName", t.kind AS "awardKind",
               ar.decision_number AS "decisionNumber", to_char(ar.decision_date, 'YYYY-MM-DD') AS "decisionDate", ar.issuer_name AS "issuerName"`;
  const live = sql`ar.revoked_at IS NULL AND ar.deleted_at IS NULL AND NOT (ar.award_type_code = n.award_type AND ar.year = n.year)`;
  return rows<PriorAwardRow>(
    manager,
    sql`SELECT ${columns}
          FROM upward_dossier_nominations dn JOIN nominations n ON n.id = dn.nomination_id
          JOIN award_records ar ON ar.staff_id = n.staff_id JOIN award_types t ON t.code = ar.award_type_code
         WHERE dn.dossier_id = ${dossierId}::uuid AND ${live}
        UNION ALL
        SELECT ${columns}
          FROM upward_dossier_nominations dn JOIN nominations n ON n.id = dn.nomination_id
          JOIN award_records ar ON ar.unit_id = n.unit_id JOIN award_types t ON t.code = ar.award_type_code
         WHERE dn.dossier_id = ${dossierId}::uuid AND ${live}`,
  );
}

export interface SenderRow {
  issuerName: string | null;
  issuerParentName: string | null;
  issuerSymbol: string | null;
  issuerPlace: string | null;
  signerTitle: string | null;
  signerName: string | null;
  unitName: string | null;
  unitParentName: string | null;
}

export async function senderOf(manager: EntityManager, dossierId: string): Promise<SenderRow> {
  return one<SenderRow>(
    manager,
    sql`SELECT i.name AS "issuerName", i.parent_name AS "issuerParentName", i.symbol AS "issuerSymbol", i.place AS "issuerPlace",
               i.signer_title AS "signerTitle", i.signer_name AS "signerName", u.name AS "unitName", p.name AS "unitParentName"
          FROM upward_dossiers d
          LEFT JOIN issuers i ON i.id = d.issuer_id
          LEFT JOIN units u ON u.id = d.unit_id
          LEFT JOIN units p ON p.id = u.parent_id
         WHERE d.id = ${dossierId}::uuid`,
  );
}

/** A nomination the council passed that may go up: in no decision of this body and no dossier yet. */
export interface ReadyNominationRow {
  id: string;
  state: NominationState;
  year: number;
  awardType: string;
  awardName: string;
  /** Who decides the award, as the catalogue says ("Chủ tịch UBND tỉnh"). */
  authority: string;
  subjectName: string;
  proposedByUnitName: string;
}

/**
 * The passed and posted nominations of the reader's units not yet in a decision line or a dossier,
 * for the dossier page's checkboxes (the queue index on state; at most `limit`, award order then name).
 */
export async function readyNominations(
  manager: EntityManager,
  filter: { year: number | null; awardType: string | null; patterns: string[] | null },
  limit: number,
): Promise<ReadyNominationRow[]> {
  return rows<ReadyNominationRow>(
    manager,
    sql`SELECT n.id, n.state, n.year::int AS year, n.award_type AS "awardType", t.name AS "awardName", t.authority,
               COALESCE(s.full_name, su.name) AS "subjectName", pu.name AS "proposedByUnitName"
          FROM nominations n
          JOIN award_types t ON t.code = n.award_type
          JOIN units pu ON pu.id = n.proposed_by_unit_id
          LEFT JOIN staff s ON s.id = n.staff_id
          LEFT JOIN units su ON su.id = n.unit_id
         WHERE n.state IN ('passed', 'posted')
           AND (${filter.year}::int IS NULL OR n.year = ${filter.year}::int)
           AND (${filter.awardType}::text IS NULL OR n.award_type = ${filter.awardType}::text)
           AND ${filter.patterns === null ? sql`TRUE` : sql`pu.path LIKE ANY(${filter.patterns}::text[])`}
           AND NOT EXISTS (SELECT 1 FROM decision_lines l WHERE l.nomination_id = n.id)
           AND NOT EXISTS (SELECT 1 FROM upward_dossier_nominations dn WHERE dn.nomination_id = n.id)
         ORDER BY t.display_order, n.year DESC, COALESCE(s.sort_key, lower(su.name)), n.id
         LIMIT ${limit}`,
  );
}

/** The registered issuers in force today, for a choice on a page. */
export async function issuersInForce(manager: EntityManager): Promise<Array<{ id: string; name: string }>> {
  return rows<{ id: string; name: string }>(
    manager,
    sql`SELECT id, CASE WHEN parent_name IS NULL THEN name ELSE name || ' (' || parent_name || ')' END AS name
          FROM issuers WHERE valid_to IS NULL OR valid_to >= CURRENT_DATE ORDER BY name`,
  );
}

/** The award types nominations may name, in the catalogue's order, for the page's filter. */
export async function awardChoices(manager: EntityManager): Promise<Array<{ code: string; name: string }>> {
  return rows<{ code: string; name: string }>(
    manager,
    sql`SELECT code, name FROM award_types WHERE retired_on IS NULL ORDER BY display_order, code`,
  );
}
