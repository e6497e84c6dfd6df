import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { type KeyedDetail, ValidationFailed } from '../common/errors/domain-error.js';
import { execute, one, row, rows, sql } from '../database/sql.js';
import { dayMonthYear, IssuersService } from '../issuers/index.js';
import { type AuthUser } from '../kernel/index.js';
import { Decision, type DecisionKind, type SignerPrefix } from './decision.entity.js';
import { DecisionNotFound } from './decisions.errors.js';
import type { CreateCorrectionDto, CreateRecoveryDto, CreateRevocationDto, LaterDecisionDto } from './dto/create-revocation.dto.js';
import { type LineFate, lineFates, type RecoveryView } from './line-fates.js';
import {
  DecisionLineAlreadyRevoked,
  DecisionLineNotRevoked,
  DecisionNotAnAward,
  DecisionStillDraft,
  LineNotInDecision,
} from './revocations.errors.js';
import { correctionAbstract, type OriginalReference, revocationAbstract } from './revocation-wording.js';

/** A line of a revocation or correction draft: the snapshot it carries and the original line it concerns. */
export interface LaterLineView {
  id: string;
  originalLineId: string;
  staffId: string | null;
  unitId: string | null;
  fullName: string;
  position: string | null;
  unitName: string | null;
  /** The money the original line paid: what a revocation asks back. */
  amount: number | null;
}

/** A revocation or correction draft as drafted. */
export interface LaterDecisionView {
  id: string;
  kind: Exclude<DecisionKind, 'award'>;
  state: 'draft';
  version: number;
  originalId: string;
  issuerId: string;
  awardType: string;
  year: number;
  plannedSignOn: string | null;
  signer: { prefix: SignerPrefix | null; title: string; name: string };
  abstract: string;
  proposal: string | null;
  reason: string;
  lines: LaterLineView[];
}

export interface RecoveryCreatedView extends RecoveryView {
  lineId: string;
}

/** An original line as revocations and corrections read it, with what already became of its award. */
interface OriginalLine {
  id: string;
  staff_id: string | null;
  unit_id: string | null;
  full_name: string;
  position: string | null;
  unit_name: string | null;
  /** Its award record is revoked or removed, or an issued revocation names it. */
  revoked: boolean;
}

const todayInVietnam = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Revocations and corrections of issued decisions (Law 2022 Chapter VII) and the recoveries after
 * a revocation. Drafts here are decisions like any other (numbered and issued by the issuing code,
 * which then calls `applyIssuedRevocation`); the original is never edited.
 */
@Injectable()
export class RevocationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuers: IssuersService,
    private readonly audit: AuditService,
  ) {}

  /** Drafts a revocation of the lines named (all of them without `lineIds`) of an issued award decision. */
  async draftRevocation(originalId: string, dto: CreateRevocationDto, actor: AuthUser): Promise<LaterDecisionView> {
    return this.dataSource.transaction(async (manager) => {
      const original = await this.issuedOriginal(manager, originalId);
      const lines = await this.originalLines(manager, actor, original.id, dto.lineIds, (index) => `lineIds.${index}`);
      const all = dto.lineIds === undefined || lines.length === (await countLines(manager, original.id));
      const abstract = dto.abstract ?? revocationAbstract(referenceOf(original), !all);
      const id = await this.insertDecision(manager, 'revocation', original, dto, abstract, actor);
      await execute(
        manager,
        sql`
          INSERT INTO decision_lines (decision_id, staff_id, unit_id, full_name, position, unit_name, unit_path, rank, sort_key,
                                      coefficient, amount, amount_note, verdict, verdict_reasons, override_reason, original_line_id, created_by)
          SELECT ${id}, ol.staff_id, ol.unit_id, ol.full_name, ol.position, ol.unit_name, ol.unit_path, ol.rank, ol.sort_key,
                 ol.coefficient, ol.amount, ol.amount_note, ol.verdict, ol.verdict_reasons, ol.override_reason, ol.id, ${actor.id}
            FROM decision_lines ol WHERE ol.id = ANY(${lines.map((line) => line.id)}::uuid[])`,
      );
      return this.recorded(manager, id, actor);
    });
  }

  /** Drafts a correction: each line named gets a new snapshot (the values given, the rest as the original). */
  async draftCorrection(originalId: string, dto: CreateCorrectionDto, actor: AuthUser): Promise<LaterDecisionView> {
    return this.dataSource.transaction(async (manager) => {
      const original = await this.issuedOriginal(manager, originalId);
      const lines = await this.originalLines(
        manager,
        actor,
        original.id,
        dto.lines.map((line) => line.lineId),
        (index) => `lines.${index}.lineId`,
      );
      const byId = new Map(lines.map((line) => [line.id, line]));
      const unchanged: KeyedDetail[] = [];
      dto.lines.forEach((given, index) => {
        const line = byId.get(given.lineId.toLowerCase())!;
        const changes =
          (given.fullName !== undefined && given.fullName !== line.full_name) ||
          (given.position !== undefined && given.position !== line.position) ||
          (given.unitName !== undefined && given.unitName !== line.unit_name);
        if (!changes) {
          unchanged.push({ field: `lines.${index}`, constraint: 'correctionChangesNothing', key: 'fieldErrors.correctionChangesNothing' });
        }
      });
      if (unchanged.length > 0) {
        throw new ValidationFailed(unchanged);
      }
      const abstract = dto.abstract ?? correctionAbstract(referenceOf(original));
      const id = await this.insertDecision(manager, 'correction', original, dto, abstract, actor);
      const corrected = JSON.stringify(
        dto.lines.map((line) => ({
          line_id: line.lineId.toLowerCase(),
          full_name: line.fullName ?? null,
          position: line.position ?? null,
          unit_name: line.unitName ?? null,
        })),
      );
      await execute(
        manager,
        sql`
          INSERT INTO decision_lines (decision_id, staff_id, unit_id, full_name, position, unit_name, unit_path, rank, sort_key,
                                      coefficient, amount, amount_note, verdict, verdict_reasons, override_reason, original_line_id, created_by)
          SELECT ${id}, ol.staff_id, ol.unit_id, COALESCE(c.full_name, ol.full_name), COALESCE(c.position, ol.position),
                 COALESCE(c.unit_name, ol.unit_name), ol.unit_path, ol.rank, ol.sort_key,
                 ol.coefficient, ol.amount, ol.amount_note, ol.verdict, ol.verdict_reasons, ol.override_reason, ol.id, ${actor.id}
            FROM jsonb_to_recordset(${corrected}::jsonb) AS c(line_id uuid, full_name text, position text, unit_name text)
            JOIN decision_lines ol ON ol.id = c.line_id`,
      );
      return this.recorded(manager, id, actor);
    });
  }

  /** Records the money and certificate recovered for a revoked line (audited). */
  async recordRecovery(decisionId: string, lineId: string, dto: CreateRecoveryDto, actor: AuthUser): Promise<RecoveryCreatedView> {
    return this.dataSource.transaction(async (manager) => {
      await this.decision(manager, decisionId);
      const line = await row<{
        id: string;
        staff_id: string | null;
        unit_id: string | null;
        full_name: string;
        revoked: boolean;
        revoked_on: string | null;
      }>(
        manager,
        sql`SELECT ol.id, ol.staff_id, ol.unit_id, ol.full_name,
                   (ar.revoked_by_decision_id IS NOT NULL OR EXISTS (
                      SELECT 1 FROM decision_lines rl JOIN decisions d ON d.id = rl.decision_id
                       WHERE rl.original_line_id = ol.id AND d.kind = 'revocation' AND d.state = 'issued')) AS revoked,
                   (SELECT min(d.signed_on)::text FROM decision_lines rl JOIN decisions d ON d.id = rl.decision_id
                     WHERE rl.original_line_id = ol.id AND d.kind = 'revocation' AND d.state = 'issued') AS revoked_on
              FROM decision_lines ol LEFT JOIN award_records ar ON ar.id = ol.award_record_id
             WHERE ol.decision_id = ${decisionId} AND ol.id = ${lineId}`,
      );
      if (!line) {
        throw new LineNotInDecision(decisionId, lineId);
      }
      await assertSubjectsInScope(manager, actor, {
        staffIds: line.staff_id ? [line.staff_id] : [],
        unitIds: line.unit_id ? [line.unit_id] : [],
      });
      if (!line.revoked) {
        throw new DecisionLineNotRevoked(line.full_name);
      }
      if (line.revoked_on !== null && dto.recoveredOn < line.revoked_on) {
        throw new ValidationFailed([
          {
            field: 'recoveredOn',
            constraint: 'beforeRevocation',
            key: 'fieldErrors.beforeRevocation',
            params: { date: dayMonthYear(line.revoked_on) },
          },
        ]);
      }
      if (dto.recoveredOn > todayInVietnam()) {
        throw new ValidationFailed([{ field: 'recoveredOn', constraint: 'recoveryInFuture', key: 'fieldErrors.recoveryInFuture' }]);
      }
      const created = await one<RecoveryCreatedView>(
        manager,
        sql`INSERT INTO decision_line_recoveries (line_id, recovered_on, money_recovered, certificate_recovered, note, created_by)
            VALUES (${line.id}, ${dto.recoveredOn}, ${dto.moneyRecovered}, ${dto.certificateRecovered}, ${dto.note ?? null}, ${actor.id})
            RETURNING id, line_id AS "lineId", recovered_on::text AS "recoveredOn", money_recovered AS "moneyRecovered",
                      certificate_recovered AS "certificateRecovered", note, created_at AS "createdAt"`,
      );
      await this.audit.record(manager, actor, {
        entity: 'decision-line-recoveries',
        entityId: created.id,
        action: 'create',
        after: created,
      });
      return created;
    });
  }

  /** What became of each line of the decision (see `lineFates`). */
  async fates(decisionId: string): Promise<LineFate[]> {
    const manager = this.dataSource.manager;
    await this.decision(manager, decisionId);
    return lineFates(manager, decisionId);
  }

  private async decision(manager: EntityManager, id: string): Promise<Decision> {
    const decision = await manager.findOneBy(Decision, { id });
    if (!decision) {
      throw new DecisionNotFound(id);
    }
    return decision;
  }

  /** Only an issued award decision is revoked or corrected. */
  private async issuedOriginal(manager: EntityManager, id: string): Promise<Decision> {
    const original = await this.decision(manager, id);
    if (original.kind !== 'award') {
      throw new DecisionNotAnAward(original.kind);
    }
    if (original.state !== 'issued') {
      throw new DecisionStillDraft(id);
    }
    return original;
  }

  /**
   * The lines named (all without `lineIds`) of the original, in the user's scope and not revoked.
   * An id that is not a line of the original is a 400 on its field.
   */
  private async originalLines(
    manager: EntityManager,
    actor: AuthUser,
    originalId: string,
    lineIds: readonly string[] | undefined,
    field: (index: number) => string,
  ): Promise<OriginalLine[]> {
    const wanted = lineIds?.map((id) => id.toLowerCase()) ?? null;
    const lines = await rows<OriginalLine>(
      manager,
      sql`SELECT ol.id::text AS id, ol.staff_id, ol.unit_id, ol.full_name, ol.position, ol.unit_name,
                 (ar.id IS NULL OR ar.revoked_at IS NOT NULL OR ar.deleted_at IS NOT NULL OR EXISTS (
                    SELECT 1 FROM decision_lines rl JOIN decisions d ON d.id = rl.decision_id
                     WHERE rl.original_line_id = ol.id AND d.kind = 'revocation' AND d.state = 'issued')) AS revoked
            FROM decision_lines ol LEFT JOIN award_records ar ON ar.id = ol.award_record_id
           WHERE ol.decision_id = ${originalId} AND (${wanted}::uuid[] IS NULL OR ol.id = ANY(${wanted}::uuid[]))
           ORDER BY ol.rank, ol.sort_key, ol.id`,
    );
    if (wanted !== null) {
      const found = new Set(lines.map((line) => line.id));
      const unknown = wanted.flatMap((id, index) =>
        found.has(id)
          ? []
          : [{ field: field(index), constraint: 'unknownDecisionLine', key: 'fieldErrors.unknownDecisionLine' as const, params: { id } }],
      );
      if (unknown.length > 0) {
        throw new ValidationFailed(unknown);
      }
    }
    await assertSubjectsInScope(manager, actor, {
      staffIds: lines.flatMap((line) => (line.staff_id ? [line.staff_id] : [])),
      unitIds: lines.flatMap((line) => (line.unit_id ? [line.unit_id] : [])),
    });
    const revoked = lines.filter((line) => line.revoked);
    if (revoked.length > 0) {
      throw new DecisionLineAlreadyRevoked(revoked.map((line) => line.full_name));
    }
    return lines;
  }

  /** The draft's own row: the original's award, year and subject; its bases and recipients as a start. */
  private async insertDecision(
    manager: EntityManager,
    kind: 'revocation' | 'correction',
    original: Decision,
    dto: LaterDecisionDto,
    abstract: string,
    actor: AuthUser,
  ): Promise<string> {
    const signedOn = dto.signedOn ?? null;
    if (signedOn !== null && signedOn < original.signedOn!) {
      throw new ValidationFailed([
        {
          field: 'signedOn',
          constraint: 'beforeOriginal',
          key: 'fieldErrors.beforeOriginal',
          params: { date: dayMonthYear(original.signedOn) },
        },
      ]);
    }
    const issuer = await this.issuers.forDecision(manager, { issuerId: dto.issuerId }, signedOn);
    const inserted = await one<{ id: string }>(
      manager,
      sql`INSERT INTO decisions (kind, issuer_id, award_type_code, year, subject, basis, planned_sign_on, signer_prefix, signer_title,
                                 signer_name, abstract, proposal, bases, recipients, line_order, original_id, reason, created_by, updated_by)
          VALUES (${kind}, ${issuer.issuerId}, ${original.awardTypeCode}, ${original.year}, ${original.subject}, ${original.basis}, ${signedOn},
                  ${dto.signer.prefix ?? null}, ${dto.signer.title}, ${dto.signer.name}, ${abstract}, ${dto.proposal ?? null},
                  ${JSON.stringify(original.bases)}::jsonb, ${JSON.stringify(original.recipients)}::jsonb, ${original.lineOrder},
                  ${original.id}, ${dto.reason}, ${actor.id}, ${actor.id})
          RETURNING id`,
    );
    return inserted.id;
  }

  /** The draft as stored, audited as created in the same transaction. */
  private async recorded(manager: EntityManager, id: string, actor: AuthUser): Promise<LaterDecisionView> {
    const view = await laterDecisionView(manager, id);
    await this.audit.record(manager, actor, { entity: 'decisions', entityId: id, action: 'create', after: view });
    return view;
  }
}

async function countLines(manager: EntityManager, decisionId: string): Promise<number> {
  return (await one<{ n: number }>(manager, sql`SELECT count(*)::int AS n FROM decision_lines WHERE decision_id = ${decisionId}`)).n;
}

function referenceOf(original: Decision): OriginalReference {
  return { number: original.number!, symbol: original.symbol, signedOn: original.signedOn!, abstract: original.abstract };
}

async function laterDecisionView(manager: EntityManager, id: string): Promise<LaterDecisionView> {
  const decision = await one<
    Omit<LaterDecisionView, 'lines' | 'signer'> & { signerPrefix: SignerPrefix | null; signerTitle: string; signerName: string }
  >(
    manager,
    sql`SELECT id, kind, state, version, original_id AS "originalId", issuer_id AS "issuerId", award_type_code AS "awardType", year,
               planned_sign_on::text AS "plannedSignOn", signer_prefix AS "signerPrefix", signer_title AS "signerTitle",
               signer_name AS "signerName", abstract, proposal, reason
          FROM decisions WHERE id = ${id}`,
  );
  const lines = await rows<LaterLineView>(
    manager,
    sql`SELECT id, original_line_id AS "originalLineId", staff_id AS "staffId", unit_id AS "unitId", full_name AS "fullName", position,
               unit_name AS "unitName", amount::float8 AS amount
          FROM decision_lines WHERE decision_id = ${id} ORDER BY rank, sort_key, id`,
  );
  const { signerPrefix, signerTitle, signerName, ...rest } = decision;
  return { ...rest, year: Number(rest.year), signer: { prefix: signerPrefix, title: signerTitle, name: signerName }, lines };
}
