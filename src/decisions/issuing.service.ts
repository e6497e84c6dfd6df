import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { decisionNumber, decisionSymbol } from '../documents/index.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { one, row, rows, sql } from '../database/sql.js';
import { IssuersService } from '../issuers/index.js';
import { enqueue } from '../jobs/index.js';
import { type AuthUser, isAdmin } from '../kernel/index.js';
import { NominationTransitionsService } from '../nominations/index.js';
import { decisionOwner, RENDER_DECISION_JOB } from './decision-documents.service.js';
import { Decision, type DecisionKind } from './decision.entity.js';
import { numberYearOf, todayInVietnam } from './decision-number.js';
import { DecisionAlreadyIssued, DecisionNotFound } from './decisions.errors.js';
import type { IssueDecisionDto } from './dto/issue-decision.dto.js';
import { ISSUE_EFFECTS, type IssuedAs } from './issue-effects.js';
import { DecisionEmpty, DecisionNotIssuer, DecisionNumberTaken } from './issuing.errors.js';

/** What the issue answers: the decision as issued. */
export interface IssuedDecisionView {
  id: string;
  kind: DecisionKind;
  state: 'issued';
  version: number;
  issuerId: string;
  awardType: string;
  year: number;
  /** "07/QĐ-SVHTTDL". */
  number: string;
  /** 7: the number in the issuer's register for `numberYear`. */
  numberValue: number;
  numberYear: number;
  /** "QĐ-SVHTTDL". */
  symbol: string;
  signedOn: string;
  issuedAt: Date;
  issuedBy: string;
  baseSalary: number | null;
  totalAmount: number | null;
  lineCount: number;
  /** The award records written, one per line (none for a revocation or a correction). */
  awardRecordCount: number;
}

/** What the issuing page shows of a decision before (and after) it is issued. */
export interface IssueSummary {
  id: string;
  kind: DecisionKind;
  state: Decision['state'];
  abstract: string;
  issuerName: string;
  numberingMode: 'system' | 'manual';
  awardName: string;
  year: number;
  lineCount: number;
  totalAmount: number | null;
  /** "07/QĐ-SVHTTDL" once issued. */
  number: string | null;
  signedOn: string | null;
}

/** The decision as issuing reads it, locked; with its issuer and award type as the decision names them. */
interface LockedDecision {
  id: string;
  kind: DecisionKind;
  state: Decision['state'];
  issuer_id: string;
  award_type_code: string;
  award_name: string;
  year: number;
  basis: string;
  number: number | null;
  symbol: string | null;
  issuer_symbol: string;
  issuer_name: string;
  numbering_mode: 'system' | 'manual';
  line_count: number;
}

/**
 * Who may issue in an issuer's name (ND 30/2020 Art. 15: the văn thư numbers and registers what the
 * body issues): admins, and clerks (role `clerk`) assigned to that issuer (`user_issuers`).
 */
export async function canIssueFor(manager: EntityManager, user: AuthUser, issuerId: string): Promise<boolean> {
  if (isAdmin(user)) {
    return true;
  }
  if (!user.roles.includes('clerk')) {
    return false;
  }
  const found = await one<{ assigned: boolean }>(
    manager,
    sql`SELECT EXISTS (SELECT 1 FROM user_issuers WHERE user_id = ${user.id}::uuid AND issuer_id = ${issuerId}::uuid) AS assigned`,
  );
  return found.assigned;
}

/**
 * Numbering and issuing (ND 30/2020 Art. 15; Law 2022 Art. 5). One transaction: the number, the
 * money at the signing date, one award record per line, the flip to issued and the audit commit or
 * fail together; a failure leaves no number used, so the register has no gap.
 */
@Injectable()
export class IssuingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuers: IssuersService,
    private readonly audit: AuditService,
    private readonly transitions: NominationTransitionsService,
  ) {}

  summary(id: string, user: AuthUser): Promise<IssueSummary> {
    return issueSummary(this.dataSource.manager, id, user);
  }

  async issue(id: string, dto: IssueDecisionDto, actor: AuthUser): Promise<IssuedDecisionView> {
    return this.dataSource.transaction(async (manager) => {
      // The row lock: two issues of one decision queue here, and the second finds it issued.
      const decision = await lockDecision(manager, id);
      if (!decision) {
        throw new DecisionNotFound(id);
      }
      if (!(await canIssueFor(manager, actor, decision.issuer_id))) {
        throw new DecisionNotIssuer(decision.issuer_name);
      }
      if (decision.state === 'issued') {
        throw new DecisionAlreadyIssued(decisionNumber(decision.number!, decision.symbol!));
      }
      if (decision.line_count === 0) {
        throw new DecisionEmpty();
      }
      assertNumberAsTheModeWants(decision.numbering_mode, dto.number);
      const today = todayInVietnam();
      if (dto.signedOn > today) {
        throw new ValidationFailed([{ field: 'signedOn', constraint: 'notInFuture', key: 'issuing.signedInFuture', params: { today } }]);
      }
      // Refuses a date outside the issuer's existence (ISSUER_NOT_IN_FORCE, naming its successor).
      const { issuerName } = await this.issuers.forDecision(manager, { issuerId: decision.issuer_id }, dto.signedOn);
      const effect = ISSUE_EFFECTS[decision.kind];
      const numberYear = numberYearOf(dto.signedOn);
      const symbol = decisionSymbol(decision.issuer_symbol);
      // Taken before any other write: every issue of the issuer and year queues on the counter row in
      // the same order, so the writes after it cannot form a lock cycle with another issue's.
      const numberValue =
        decision.numbering_mode === 'system'
          ? await nextSystemNumber(manager, decision.issuer_id, numberYear)
          : await claimTypedNumber(manager, decision, numberYear, dto.number!, symbol);
      const number = decisionNumber(numberValue, symbol);
      // Waits for an import of awards (which holds the whole table), and it for this issue.
      await lockNaturalKey(manager, 'award_records', 'decision', id);
      const issued: IssuedAs = {
        decisionId: id,
        number,
        signedOn: dto.signedOn,
        issuerId: decision.issuer_id,
        issuerName: issuerName ?? decision.issuer_name,
        awardType: decision.award_type_code,
        awardName: decision.award_name,
        year: decision.year,
        basis: decision.basis,
      };
      // The draft as the effects read it (a revocation reads its original and reason), locked above.
      const entity = await manager.findOneByOrFail(Decision, { id });
      const awards = await effect(manager, issued, actor, entity, { transitions: this.transitions });
      const view = await one<IssuedDecisionView>(
        manager,
        sql`UPDATE decisions
               SET state = 'issued', number = ${numberValue}, number_year = ${numberYear}, symbol = ${symbol},
                   signed_on = ${dto.signedOn}::date, issued_at = now(), issued_by = ${actor.id}::uuid,
                   version = version + 1, updated_at = now(), updated_by = ${actor.id}::uuid
             WHERE id = ${id}
         RETURNING id, kind, state, version, issuer_id AS "issuerId", award_type_code AS "awardType", year,
                   ${number}::text AS number, number AS "numberValue", number_year AS "numberYear", symbol,
                   to_char(signed_on, 'YYYY-MM-DD') AS "signedOn", issued_at AS "issuedAt", issued_by AS "issuedBy",
                   base_salary::float8 AS "baseSalary", total_amount::float8 AS "totalAmount",
                   ${decision.line_count}::int AS "lineCount", ${awards.length}::int AS "awardRecordCount"`,
      );
      // Its documents are rendered once this commits (never inside it): the job exists only if the issue does.
      await enqueue(
        manager,
        RENDER_DECISION_JOB,
        { decisionId: id },
        { owner: decisionOwner(id), dedupeKey: `${RENDER_DECISION_JOB}:${id}` },
      );
      await this.audit.record(
        manager,
        actor,
        {
          entity: 'decisions',
          entityId: id,
          action: 'issue',
          before: { state: 'draft' },
          after: {
            state: 'issued',
            number,
            signedOn: dto.signedOn,
            issuerId: decision.issuer_id,
            baseSalary: view.baseSalary,
            totalAmount: view.totalAmount,
          },
        },
        ...awards.map((award) => ({
          entity: 'awards',
          entityId: award.id,
          action: 'create' as const,
          after: {
            awardType: issued.awardType,
            staffId: award.staffId,
            unitId: award.unitId,
            year: issued.year,
            decisionNumber: number,
            decisionDate: dto.signedOn,
            issuerId: issued.issuerId,
            decisionId: id,
            source: 'issued',
          },
        })),
      );
      return view;
    });
  }
}

/** The decision as the issuing page shows it; 404 when unknown, 403 for who may not issue it. */
export async function issueSummary(manager: EntityManager, id: string, user: AuthUser): Promise<IssueSummary> {
  const found = await row<IssueSummary & { issuerId: string; numberValue: number | null; symbol: string | null }>(
    manager,
    sql`SELECT d.id, d.kind, d.state, d.abstract, d.issuer_id AS "issuerId", i.name AS "issuerName", i.numbering_mode AS "numberingMode",
               t.name AS "awardName", d.year, d.total_amount::float8 AS "totalAmount", d.number AS "numberValue", d.symbol,
               to_char(d.signed_on, 'YYYY-MM-DD') AS "signedOn",
               (SELECT count(*)::int FROM decision_lines l WHERE l.decision_id = d.id) AS "lineCount"
          FROM decisions d JOIN issuers i ON i.id = d.issuer_id JOIN award_types t ON t.code = d.award_type_code
         WHERE d.id = ${id}`,
  );
  if (!found) {
    throw new DecisionNotFound(id);
  }
  if (!(await canIssueFor(manager, user, found.issuerId))) {
    throw new DecisionNotIssuer(found.issuerName);
  }
  const { issuerId: _issuerId, numberValue, symbol, ...summary } = found;
  return { ...summary, number: numberValue === null || symbol === null ? null : decisionNumber(numberValue, symbol) };
}

async function lockDecision(manager: EntityManager, id: string): Promise<LockedDecision | undefined> {
  const decision = await row<LockedDecision>(
    manager,
    sql`SELECT d.id, d.kind, d.state, d.issuer_id, d.award_type_code, t.name AS award_name, d.year, d.basis, d.number, d.symbol,
               i.symbol AS issuer_symbol, i.name AS issuer_name, i.numbering_mode
          FROM decisions d JOIN issuers i ON i.id = d.issuer_id JOIN award_types t ON t.code = d.award_type_code
         WHERE d.id = ${id}
           FOR UPDATE OF d`,
  );
  if (!decision) {
    return undefined;
  }
  const counted = await one<{ n: number }>(manager, sql`SELECT count(*)::int AS n FROM decision_lines WHERE decision_id = ${id}`);
  return { ...decision, line_count: counted.n };
}

/** A typed number only where the issuer keeps its own register; the system's register needs none. */
function assertNumberAsTheModeWants(mode: 'system' | 'manual', number: number | undefined): void {
  if (mode === 'manual' && number === undefined) {
    throw new ValidationFailed([{ field: 'number', constraint: 'required', key: 'issuing.numberRequired' }]);
  }
  if (mode === 'system' && number !== undefined) {
    throw new ValidationFailed([{ field: 'number', constraint: 'bySystem', key: 'issuing.numberBySystem' }]);
  }
}

/**
 * The next number of the issuer's register for the year, under the counter row's lock until the
 * transaction ends (concurrent issues queue; a rolled-back issue gives its number back, so there is no
 * gap). Starts after the highest number already used that year, so a register that began by hand
 * (manual mode) goes on without a collision.
 */
async function nextSystemNumber(manager: EntityManager, issuerId: string, year: number): Promise<number> {
  const used = sql`(SELECT max(number) FROM decisions WHERE issuer_id = ${issuerId}::uuid AND number_year = ${year})`;
  const counter = await one<{ last_number: number }>(
    manager,
    sql`INSERT INTO decision_number_counters AS c (issuer_id, year, last_number)
        VALUES (${issuerId}::uuid, ${year}, COALESCE(${used}, 0) + 1)
        ON CONFLICT (issuer_id, year) DO UPDATE SET last_number = GREATEST(c.last_number, COALESCE(${used}, 0)) + 1
        RETURNING last_number`,
  );
  return counter.last_number;
}

/** The number the clerk typed from the issuer's own register: unique per issuer and year (409 when taken). */
async function claimTypedNumber(
  manager: EntityManager,
  decision: LockedDecision,
  year: number,
  number: number,
  symbol: string,
): Promise<number> {
  // Two clerks typing the same number queue here; the second sees the first's.
  await lockNaturalKey(manager, 'decisions', 'number', decision.issuer_id, year, number);
  const taken = await rows<{ id: string }>(
    manager,
    sql`SELECT id FROM decisions WHERE issuer_id = ${decision.issuer_id} AND number_year = ${year} AND number = ${number}`,
  );
  if (taken.length > 0) {
    throw new DecisionNumberTaken(decisionNumber(number, symbol), year, decision.issuer_name);
  }
  // Keeps the counter past every number used, should the issuer switch to the system's register.
  await rows(
    manager,
    sql`INSERT INTO decision_number_counters AS c (issuer_id, year, last_number) VALUES (${decision.issuer_id}::uuid, ${year}, ${number})
        ON CONFLICT (issuer_id, year) DO UPDATE SET last_number = GREATEST(c.last_number, ${number})`,
  );
  return number;
}
