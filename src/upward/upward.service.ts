import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { OutOfScope, ValidationFailed } from '../common/errors/domain-error.js';
import type { UploadedFile } from '../common/tabular-import/parse-table.js';
import { isoDay } from '../common/validation/plausibility.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { insertAwardRecords } from '../decisions/index.js';
import { checkAward, RecordImplausible } from '../history/index.js';
import { IssuersService } from '../issuers/index.js';
import { type AuthUser, scopePatterns } from '../kernel/index.js';
import { NominationTransitionsService, nominationsByIds } from '../nominations/index.js';
import type { CreateDossierDto } from './dto/create-dossier.dto.js';
import type { ListDossiersQuery } from './dto/list-dossiers.query.js';
import type { RecordOutcomeDto } from './dto/record-outcome.dto.js';
import {
  AlreadyAnswered,
  CopyNotFound,
  CopyNotPdf,
  DossierMixedYears,
  DossierNotFound,
  HigherDecisionNotFound,
  HigherDecisionNumberTaken,
  NominationInDecision,
  NotInDossier,
  UpwardAlreadyAwarded,
} from './upward.errors.js';
import {
  awardNames,
  commonUnit,
  type CopyView,
  dossierInScope,
  dossierNominations,
  dossierPage,
  dossierRow,
  type DossierRow,
  higherDecisionNumberUsed,
  higherDecisionOf,
  higherDecisions,
  type HigherDecisionRow,
  insertDossier,
  insertHigherDecision,
  insertCopy,
  insertHigherDecisionLines,
  latestCopy,
  lockDossier,
  lockNominationsForDossier,
} from './upward.repository.js';
import type { DossierDetail, DossierSummary, HigherDecisionView, NominationOutcome, RecordedOutcome } from './upward.views.js';

/** Every PDF starts with this header (ISO 32000-1 §7.5.2): the signed copy is judged by its bytes. */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** Today in Vietnam (UTC+7). */
const vietnamToday = (): string => isoDay(new Date(Date.now() + 7 * 3_600_000));

const iso = (value: Date | string): string => new Date(value).toISOString();

/** The reason the nominations' log keeps for a nomination the level above did not award. */
export function notGrantedReason(number: string, signedOn: string, issuer: string): string {
  const [year, month, day] = signedOn.split('-');
  return `Cấp trên không khen thưởng (Quyết định số ${number} ngày ${day}/${month}/${year} của ${issuer})`;
}

/**
 * Awards decided above this body (issue 10, "Upward dossier and decisions"): the dossier that
 * proposes them (its nominations become `proposed_upward`), and the decisions that come back
 * (recorded with their number, date and issuer; granted nominations become `decided` and their
 * awards enter the history through the same statement as the decisions issued here; the others
 * are withdrawn with the decision as the reason). Each use case is one transaction, audited.
 */
@Injectable()
export class UpwardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly transitions: NominationTransitionsService,
    private readonly issuers: IssuersService,
  ) {}

  async create(dto: CreateDossierDto, actor: AuthUser): Promise<DossierDetail> {
    const ids = dto.nominationIds.map((id) => id.toLowerCase());
    const id = await this.dataSource.transaction(async (manager) => {
      if (dto.issuerId) {
        // Refuses an unknown issuer (400 on issuerId) or one not in force today (ISSUER_NOT_IN_FORCE).
        await this.issuers.forDecision(manager, { issuerId: dto.issuerId }, vietnamToday());
      }
      const locked = await lockNominationsForDossier(manager, ids);
      const found = new Set(locked.map((nomination) => nomination.id));
      const unknown = ids.flatMap((nominationId, index) =>
        found.has(nominationId)
          ? []
          : [
              {
                field: `nominationIds.${index}`,
                constraint: 'unknownNomination',
                key: 'decisions.fieldErrors.unknownNomination' as const,
                params: { id: nominationId },
              },
            ],
      );
      if (unknown.length > 0) {
        throw new ValidationFailed(unknown);
      }
      const decidedHere = locked.filter((nomination) => nomination.decisionId !== null);
      if (decidedHere.length > 0) {
        throw new NominationInDecision(decidedHere.map((nomination) => nomination.name));
      }
      const years = [...new Set(locked.map((nomination) => nomination.year))].sort();
      if (years.length > 1) {
        throw new DossierMixedYears(years);
      }
      // The law's table decides the rest, all or nothing: the state (passed, posted), posting where
      // required, the role (council secretaries), the scope, holds (an objection), stale versions.
      await this.transitions.apply(manager, actor, { items: ids.map((nominationId) => ({ id: nominationId })), action: 'propose_upward' });
      const unitId = await commonUnit(manager, [...new Set(locked.map((nomination) => nomination.proposingUnitId))]);
      const dossierId = await insertDossier(
        manager,
        { year: years[0], addressee: dto.addressee, issuerId: dto.issuerId ?? null, unitId, createdBy: actor.id },
        ids,
      );
      await this.audit.record(manager, actor, {
        entity: 'upward-dossiers',
        entityId: dossierId,
        action: 'create',
        after: { year: years[0], addressee: dto.addressee, issuerId: dto.issuerId ?? null, unitId, nominationIds: ids },
      });
      return dossierId;
    });
    return this.get(id, actor);
  }

  async list(
    query: ListDossiersQuery,
    user: AuthUser,
  ): Promise<{ items: DossierSummary[]; total: number; page: number; pageSize: number }> {
    const found = await dossierPage(
      this.dataSource.manager,
      { year: query.year ?? null, patterns: scopePatterns(user) },
      query.pageSize,
      (query.page - 1) * query.pageSize,
    );
    return { items: found.items.map(summaryOf), total: found.total, page: query.page, pageSize: query.pageSize };
  }

  /** The dossier, its nominations with what became of each, and the decisions recorded from above. */
  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<DossierDetail> {
    const dossier = await this.readable(manager, id, user);
    const outcomes = await dossierNominations(manager, id);
    const byNomination = new Map(outcomes.map((outcome) => [outcome.nominationId, outcome]));
    const nominations = await nominationsByIds(
      manager,
      outcomes.map((outcome) => outcome.nominationId),
    );
    const names = await awardNames(manager, [...new Set(nominations.map((nomination) => nomination.awardType))]);
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    return {
      ...summaryOf(dossier),
      nominations: nominations
        .map((nomination) => {
          const outcome = byNomination.get(nomination.id)!;
          const state: NominationOutcome = outcome.granted === null ? 'pending' : outcome.granted ? 'granted' : 'not_granted';
          return {
            id: nomination.id,
            year: nomination.year,
            awardType: nomination.awardType,
            awardName: names.get(nomination.awardType) ?? nomination.awardType,
            staffId: nomination.staffId,
            unitId: nomination.unitId,
            subjectName: nomination.subjectName,
            proposedByUnitId: nomination.proposedByUnitId,
            proposedByUnitName: nomination.proposedByUnitName,
            state: nomination.state,
            version: nomination.version,
            outcome: state,
            higherDecisionId: outcome.higherDecisionId,
            awardRecordId: outcome.awardRecordId,
          };
        })
        .sort((a, b) => collator.compare(a.awardName, b.awardName) || collator.compare(a.subjectName, b.subjectName)),
      decisions: (await higherDecisions(manager, id)).map(higherDecisionView),
      documents: dossierLinks(`/api/upward-dossiers/${id}`),
    };
  }

  /**
   * The decision that came back, in one transaction: the dossier locked (two answers recorded at
   * once take turns), each line a nomination of the dossier still proposed upward, the award
   * plausible (history/plausibility.ts, as for any award entered), the issuer in force on the date
   * when registered; then the decision, the award records of the granted (the same statement as
   * issuing here, `insertAwardRecords`; someone awarded meanwhile refuses it all), the lines, the
   * transitions (decide / withdraw with the decision as the reason) and the audit.
   */
  async recordOutcome(id: string, dto: RecordOutcomeDto, actor: AuthUser): Promise<RecordedOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const dossier = await lockDossier(manager, id);
      if (!dossier) {
        throw new DossierNotFound(id);
      }
      await this.readable(manager, id, actor);
      const lines = dto.lines.map((line) => ({ nominationId: line.nominationId.toLowerCase(), granted: line.granted }));
      const inDossier = new Map((await dossierNominations(manager, id)).map((outcome) => [outcome.nominationId, outcome]));
      const strangers = lines.flatMap((line, index) => (inDossier.has(line.nominationId) ? [] : [{ id: line.nominationId, index }]));
      if (strangers.length > 0) {
        throw new NotInDossier(
          strangers.map((stranger) => stranger.id),
          strangers.map((stranger) => `lines.${stranger.index}.nominationId`),
        );
      }
      const locked = new Map(
        (
          await lockNominationsForDossier(
            manager,
            lines.map((line) => line.nominationId),
          )
        ).map((nomination) => [nomination.id, nomination]),
      );
      const answered = lines.filter(
        (line) => inDossier.get(line.nominationId)!.granted !== null || locked.get(line.nominationId)!.state !== 'proposed_upward',
      );
      if (answered.length > 0) {
        throw new AlreadyAnswered(answered.map((line) => locked.get(line.nominationId)!.name));
      }
      if (await higherDecisionNumberUsed(manager, id, dto.number)) {
        throw new HigherDecisionNumberTaken(dto.number);
      }
      const { issuerId, issuerName } = await this.issuers.forDecision(
        manager,
        { issuerId: dto.issuerId ?? null, issuerName: dto.issuer },
        dto.signedOn,
      );
      const granted = lines.filter((line) => line.granted).map((line) => locked.get(line.nominationId)!);
      const today = vietnamToday();
      const refusals = granted.flatMap(
        (nomination) =>
          checkAward(
            {
              awardType: nomination.awardType,
              year: nomination.year,
              decisionDate: dto.signedOn,
              basis: 'regular',
              staff: nomination.staffId !== null,
              hasLdttOfYear: true,
            },
            today,
          ).refusals,
      );
      if (refusals.length > 0) {
        // Said of this request's field: the date the decision was signed.
        throw new RecordImplausible(
          refusals.slice(0, 1).map((refusal) => ({ ...refusal, field: refusal.field === 'decisionDate' ? 'signedOn' : refusal.field })),
        );
      }
      const decisionId = await insertHigherDecision(manager, {
        dossierId: id,
        number: dto.number,
        signedOn: dto.signedOn,
        issuerId,
        issuerName: issuerName ?? dto.issuer,
        createdBy: actor.id,
      });
      // Waits for an import of awards (which holds the whole table), and it for this answer.
      await lockNaturalKey(manager, 'award_records', 'higher-decision', decisionId);
      const awardIds = new Map<string, string>();
      const awarded: Array<{ id: string; nomination: (typeof granted)[number] }> = [];
      // One statement per award and year (a dossier's answer covers a few awards at most).
      for (const group of groupBy(granted, (nomination) => `${nomination.awardType}|${nomination.year}`)) {
        const [first] = group;
        const written = await insertAwardRecords(
          manager,
          {
            awardType: first.awardType,
            year: first.year,
            basis: 'regular',
            number: dto.number,
            signedOn: dto.signedOn,
            issuerId,
            issuerName: issuerName ?? dto.issuer,
            source: 'entered',
          },
          actor.id,
          group.map((nomination) => ({ staffId: nomination.staffId, unitId: nomination.unitId })),
        );
        const bySubject = new Map(written.map((award) => [award.staffId ?? award.unitId!, award.id]));
        const missing = group.filter((nomination) => !bySubject.has(nomination.staffId ?? nomination.unitId!));
        if (missing.length > 0) {
          throw new UpwardAlreadyAwarded(
            (await awardNames(manager, [first.awardType])).get(first.awardType) ?? first.awardType,
            first.year,
            missing.map((nomination) => nomination.name),
          );
        }
        for (const nomination of group) {
          const awardId = bySubject.get(nomination.staffId ?? nomination.unitId!)!;
          awardIds.set(nomination.id, awardId);
          awarded.push({ id: awardId, nomination });
        }
      }
      await insertHigherDecisionLines(
        manager,
        decisionId,
        lines.map((line) => ({ ...line, awardRecordId: awardIds.get(line.nominationId) ?? null })),
      );
      const notGranted = lines.filter((line) => !line.granted).map((line) => line.nominationId);
      if (granted.length > 0) {
        await this.transitions.apply(manager, actor, { items: granted.map((nomination) => ({ id: nomination.id })), action: 'decide' });
      }
      if (notGranted.length > 0) {
        await this.transitions.apply(manager, actor, {
          items: notGranted.map((nominationId) => ({ id: nominationId })),
          action: 'withdraw',
          reason: notGrantedReason(dto.number, dto.signedOn, issuerName ?? dto.issuer),
        });
      }
      await this.audit.record(
        manager,
        actor,
        {
          entity: 'higher-decisions',
          entityId: decisionId,
          action: 'create',
          after: { dossierId: id, number: dto.number, signedOn: dto.signedOn, issuerId, issuerName: issuerName ?? dto.issuer, lines },
        },
        ...awarded.map(({ id: awardId, nomination }) => ({
          entity: 'awards',
          entityId: awardId,
          action: 'create' as const,
          after: {
            awardType: nomination.awardType,
            staffId: nomination.staffId,
            unitId: nomination.unitId,
            year: nomination.year,
            decisionNumber: dto.number,
            decisionDate: dto.signedOn,
            issuerId,
            issuerName: issuerName ?? dto.issuer,
            source: 'entered',
          },
        })),
      );
      const decision = (await higherDecisions(manager, id)).find((recorded) => recorded.id === decisionId)!;
      return {
        decision: higherDecisionView(decision),
        granted: granted.map((nomination) => nomination.id),
        notGranted,
        awardRecordIds: awarded.map((award) => award.id),
      };
    });
  }

  /** The signed copy of a decision from above (a scan or the signed PDF): the latest uploaded is the one shown. */
  async storeCopy(id: string, decisionId: string, file: UploadedFile, actor: AuthUser): Promise<CopyView> {
    return this.dataSource.transaction(async (manager) => {
      await this.readable(manager, id, actor);
      if (!(await higherDecisionOf(manager, id, decisionId))) {
        throw new HigherDecisionNotFound(decisionId);
      }
      if (file.buffer.length === 0 || !file.buffer.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
        throw new CopyNotPdf(file.filename);
      }
      const sha256 = createHash('sha256').update(file.buffer).digest('hex');
      const name =
        file.filename
          .normalize('NFC')
          .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
          .trim()
          .slice(0, 255) || null;
      const view = await insertCopy(manager, { decisionId, content: file.buffer, sha256, fileName: name, uploadedBy: actor.id });
      await this.audit.record(manager, actor, {
        entity: 'higher-decision-copies',
        entityId: view.id,
        action: 'create',
        after: { ...view },
      });
      return view;
    });
  }

  async copy(id: string, decisionId: string, user: AuthUser): Promise<CopyView & { content: Buffer }> {
    const manager = this.dataSource.manager;
    await this.readable(manager, id, user);
    if (!(await higherDecisionOf(manager, id, decisionId))) {
      throw new HigherDecisionNotFound(decisionId);
    }
    const found = await latestCopy(manager, decisionId);
    if (!found) {
      throw new CopyNotFound(decisionId);
    }
    return found;
  }

  /** The dossier, or 404; 403 when any of its nominations was proposed by a unit outside the reader's. */
  async readable(manager: EntityManager, id: string, user: AuthUser): Promise<DossierRow> {
    const dossier = await dossierRow(manager, id);
    if (!dossier) {
      throw new DossierNotFound(id);
    }
    if (!(await dossierInScope(manager, id, scopePatterns(user)))) {
      throw new OutOfScope();
    }
    return dossier;
  }
}

/** The routes of the dossier's documents under `base` (the API's, or the pages'). */
export function dossierLinks(base: string): DossierDetail['documents'] {
  return {
    zip: `${base}/download`,
    parts: (['submission', 'list', 'reports'] as const).map((part) => ({
      part,
      html: `${base}/documents/${part}.html`,
      docx: `${base}/documents/${part}.docx`,
      pdf: `${base}/documents/${part}.pdf`,
    })),
  };
}

function summaryOf(row: DossierRow): DossierSummary {
  return {
    id: row.id,
    year: row.year,
    addressee: row.addressee,
    issuerId: row.issuerId,
    issuerName: row.issuerName,
    unitId: row.unitId,
    unitName: row.unitName,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: iso(row.createdAt),
    nominationCount: row.nominationCount,
    pendingCount: row.pendingCount,
  };
}

function higherDecisionView(row: HigherDecisionRow): HigherDecisionView {
  return {
    id: row.id,
    number: row.number,
    signedOn: row.signedOn,
    issuerId: row.issuerId,
    issuerName: row.issuerName,
    createdAt: iso(row.createdAt),
    granted: row.granted,
    notGranted: row.notGranted,
    signedCopy:
      row.copySha256 === null
        ? null
        : { sha256: row.copySha256, size: row.copySize!, fileName: row.copyFileName, uploadedAt: iso(row.copyUploadedAt!) },
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  }
  return [...groups.values()];
}
