import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { AwardType, isRetiredFor } from '../catalogue/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { ValidationFailed } from '../common/errors/domain-error.js';
import { MAX_PAGE_SIZE } from '../common/paging/page-query.js';
import { nameSortKey } from '../common/text/vietnamese.js';
import { isoDay } from '../common/validation/plausibility.js';
import { parseTable, type UploadedFile } from '../common/tabular-import/parse-table.js';
import { defaultAbstract } from '../documents/index.js';
import { translate } from '../i18n/translate.js';
import { EligibilityService, ListCandidatesQuery, reasonText } from '../eligibility/index.js';
import { inForceOn } from '../issuers/index.js';
import { type AuthUser, type AwardSubject, isAwardCode, type SubjectKind, subjectKindOf } from '../kernel/index.js';
import {
  type CriterionResult,
  type EligibilityResult,
  NoRulebookForDate,
  postingRuleFor,
  type ProvinceRules,
  UnknownAwardType,
} from '../law/index.js';
import { nominationsByIds, provinceRulesOn } from '../nominations/index.js';
import { rankOfPosition } from '../law/leader-ranks.js';
import { decisionBasesOn } from '../law/rulebooks/decision-bases.js';
import { DecisionLine, type LineVerdict } from './decision-line.entity.js';
import { Decision } from './decision.entity.js';
import { DecisionAlreadyIssued, DecisionNotFound } from './decisions.errors.js';
import {
  DecisionAlreadyAwarded,
  DecisionAwardUnavailable,
  DecisionLineDuplicate,
  DecisionLineNotFound,
  DecisionNominationMismatch,
  DecisionNominationNotReady,
  DecisionNominationTaken,
  DecisionReasonRequired,
  DecisionVersionStale,
  type NotReadyNomination,
} from './drafting.errors.js';
import {
  alreadyAwarded,
  alreadyInDecision,
  idsByCode,
  issuerChoices,
  decisionCount,
  decisionPage,
  deleteLine,
  insertLines,
  issuerRow,
  type IssuerRow,
  lockLineNominations,
  type NewLine,
  staffSnapshots,
  unitSnapshots,
} from './drafting.sql.js';
import type { AddLinesDto } from './dto/add-lines.dto.js';
import type { CreateDecisionDto } from './dto/create-decision.dto.js';
import type { ListDecisionsQuery } from './dto/list-decisions.query.js';
import type { UpdateDecisionDto } from './dto/update-decision.dto.js';
import { priceDecisionLines } from './line-pricing.js';
import { type DecisionDetail, type DecisionSummary, detailOf, formattedNumber, summaryOf } from './drafting.views.js';

/** The proposal a draft starts with ("Theo đề nghị của …"), which the officer rewrites for the dossier at hand. */
const DEFAULT_PROPOSAL = 'Hội đồng Thi đua - Khen thưởng';
/** Nơi nhận of Mẫu 1.2 (ND 30/2020): the executors of Điều 3, then the archive and the drafting office. */
const DEFAULT_RECIPIENTS = ['Như Điều 3', 'Lưu: VT, VP'];
const DEFAULT_FUNDING = 'Quỹ thi đua, khen thưởng của cơ quan';

/** The abstract of a new draft: the documents' own default, so the preview and the stored decision word it alike. */
export function draftAbstract(award: Pick<AwardType, 'name' | 'kind'>, year: number): string {
  return defaultAbstract(award, year);
}

/**
 * A line's verdict from its eligibility result. The statements only a person can confirm
 * (`needs_confirmation`: solidarity, exemplary conduct…) stand in every result of a title, and the
 * officer proposing the list attests them; they never block (law/result.ts). Any other criterion
 * not met makes the line 'ineligible', any other left open 'to_confirm': both need a reason.
 */
export function lineVerdict(result: Pick<EligibilityResult, 'criteria'>): { verdict: LineVerdict; reasons: string[] } {
  const attested = (criterion: CriterionResult): boolean => criterion.reason.key === 'needs_confirmation.pending';
  const failing = result.criteria.filter((criterion) => criterion.met === false);
  const pending = result.criteria.filter((criterion) => criterion.met === null && !attested(criterion));
  const verdict: LineVerdict = failing.length > 0 ? 'ineligible' : pending.length > 0 ? 'to_confirm' : 'eligible';
  return { verdict, reasons: [...failing, ...pending].map((criterion) => reasonText(criterion.reason, 'vi')) };
}

const VI_ORDER = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The list order of a decision: by unit then rank (leaders first) then name, or by Vietnamese name order. */
export function orderLines<L extends Pick<DecisionLine, 'id' | 'unitName' | 'rank' | 'sortKey'>>(
  lines: L[],
  order: Decision['lineOrder'],
): L[] {
  const byName = (a: L, b: L): number => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1);
  if (order === 'name') {
    return [...lines].sort(byName);
  }
  return [...lines].sort((a, b) => VI_ORDER.compare(a.unitName ?? '\uffff', b.unitName ?? '\uffff') || a.rank - b.rank || byName(a, b));
}

interface Subjects {
  kind: SubjectKind;
  ids: string[];
  /** Eligibility already known (the candidates list answered it); otherwise evaluated here. */
  results: Map<string, Pick<EligibilityResult, 'criteria'>>;
  /** From the candidates list: those already in the decision or awarded are left out rather than refused. */
  lenient: boolean;
  /** From nominations (`nominationIds`): the nomination of each subject, which its line remembers. */
  nominations?: ReadonlyMap<string, string>;
}

export interface AddedLines {
  added: number;
  /** Eligible people left out because the decision has them already or they hold the award for the year. */
  skipped: number;
  decision: DecisionDetail;
}

/**
 * Drafting: a decision's header fields, its lines with their snapshots and verdicts, and the money
 * (line-pricing.ts), each change audited in its transaction. Issuing, revocation and documents are
 * other files of this feature.
 */
@Injectable()
export class DraftingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly eligibility: EligibilityService,
  ) {}

  async create(dto: CreateDecisionDto, actor: AuthUser): Promise<DecisionDetail> {
    return this.dataSource.transaction(async (manager) => {
      const issuer = await this.issuerFor(manager, dto.issuerId, dto.plannedSignOn ?? null);
      const award = await manager.findOneBy(AwardType, { code: dto.awardType });
      if (!award) {
        throw new ValidationFailed([
          { field: 'awardType', constraint: 'unknownAwardType', key: 'catalogue.unknownType', params: { code: dto.awardType } },
        ]);
      }
      const subject: AwardSubject = dto.subject ?? (award.subjects.includes('individual') ? 'individual' : 'collective');
      assertAwardUsable(award, subject, dto.year);
      const signOn = dto.plannedSignOn ?? today();
      const decision = await manager.save(Decision, {
        kind: 'award',
        state: 'draft',
        issuerId: issuer.id,
        awardTypeCode: award.code,
        year: dto.year,
        subject,
        basis: dto.basis ?? 'regular',
        plannedSignOn: dto.plannedSignOn ?? null,
        signerPrefix: dto.signer?.prefix ?? null,
        signerTitle: dto.signer?.title ?? issuer.signerTitle,
        signerName: dto.signer?.name ?? issuer.signerName,
        abstract: dto.abstract ?? draftAbstract(award, dto.year),
        proposal: dto.proposal === undefined ? DEFAULT_PROPOSAL : dto.proposal,
        bases: dto.bases ?? defaultBases(signOn, issuer),
        recipients: dto.recipients ?? [...DEFAULT_RECIPIENTS],
        fundingSource: dto.fundingSource === undefined ? DEFAULT_FUNDING : dto.fundingSource,
        lineOrder: dto.lineOrder ?? 'unit_rank',
        createdBy: actor.id,
        updatedBy: actor.id,
      });
      await priceDecisionLines(manager, decision.id, signOn);
      const detail = await this.detailIn(manager, decision.id);
      await this.audit.record(manager, actor, { entity: 'decisions', entityId: decision.id, action: 'create', after: headerOf(detail) });
      return detail;
    });
  }

  async update(id: string, dto: UpdateDecisionDto, actor: AuthUser): Promise<DecisionDetail> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await lockDraft(manager, id);
      if (decision.version !== dto.version) {
        throw new DecisionVersionStale(dto.version, decision.version);
      }
      const plannedSignOn = dto.plannedSignOn === undefined ? decision.plannedSignOn : dto.plannedSignOn;
      const issuerId = dto.issuerId ?? decision.issuerId;
      if (dto.issuerId !== undefined || dto.plannedSignOn !== undefined) {
        await this.issuerFor(manager, issuerId, plannedSignOn, 'issuerId');
      }
      const before = headerOf(await this.detailIn(manager, id));
      await manager.save(Decision, {
        ...decision,
        issuerId,
        plannedSignOn,
        // null on a field that cannot be empty leaves it as it was; on proposal and funding it clears them.
        ...(!given(dto.basis) ? {} : { basis: dto.basis }),
        ...(!given(dto.signer)
          ? {}
          : { signerPrefix: dto.signer.prefix ?? null, signerTitle: dto.signer.title, signerName: dto.signer.name }),
        ...(!given(dto.abstract) ? {} : { abstract: dto.abstract }),
        ...(dto.proposal === undefined ? {} : { proposal: dto.proposal }),
        ...(!given(dto.bases) ? {} : { bases: dto.bases }),
        ...(!given(dto.recipients) ? {} : { recipients: dto.recipients }),
        ...(dto.fundingSource === undefined ? {} : { fundingSource: dto.fundingSource }),
        ...(!given(dto.lineOrder) ? {} : { lineOrder: dto.lineOrder }),
        updatedBy: actor.id,
      });
      // The money follows the planned signing date.
      await priceDecisionLines(manager, id, plannedSignOn ?? today());
      const detail = await this.detailIn(manager, id);
      await this.audit.record(manager, actor, { entity: 'decisions', entityId: id, action: 'update', before, after: headerOf(detail) });
      return detail;
    });
  }

  async get(id: string): Promise<DecisionDetail> {
    return this.detailIn(this.dataSource.manager, id);
  }

  async list(query: ListDecisionsQuery): Promise<{ items: DecisionSummary[]; total: number; page: number; pageSize: number }> {
    const manager = this.dataSource.manager;
    const filter = {
      issuerId: query.issuerId ?? null,
      year: query.year ?? null,
      awardType: query.awardType ?? null,
      state: query.state ?? null,
    };
    const items = await decisionPage(manager, filter, query.pageSize, (query.page - 1) * query.pageSize);
    return { items: items.map(summaryOf), total: await decisionCount(manager, filter), page: query.page, pageSize: query.pageSize };
  }

  /**
   * New lines, all or none: the subjects are checked against the user's scope, their verdicts taken
   * from the eligibility engine (outside the write: the embedded database has one connection), then
   * in one transaction the draft is locked, duplicates and double awards refused, the lines written
   * with their snapshots, the money repriced and every line audited.
   */
  async addLines(id: string, dto: AddLinesDto, actor: AuthUser): Promise<AddedLines> {
    const draft = await this.dataSource.manager.findOneBy(Decision, { id });
    if (!draft) {
      throw new DecisionNotFound(id);
    }
    refuseIssued(draft);
    const subjects = await this.subjectsOf(draft, dto, actor);
    if (subjects.results.size < subjects.ids.length) {
      const missing = subjects.ids.filter((subjectId) => !subjects.results.has(subjectId));
      for (const [subjectId, result] of await this.verdicts(draft, subjects.kind, missing)) {
        subjects.results.set(subjectId, result);
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const decision = await lockDraft(manager, id);
      const award = (await manager.findOneBy(AwardType, { code: decision.awardTypeCode }))!;
      assertAwardUsable(award, decision.subject, decision.year);
      if (subjects.nominations) {
        await assertNominationsReady(manager, decision, award.name, [...subjects.nominations.values()]);
      }
      let ids = subjects.ids;
      const present = await alreadyInDecision(manager, id, subjects.kind, ids);
      const awarded = await alreadyAwarded(manager, award.code, decision.year, subjects.kind, ids);
      if (!subjects.lenient && present.length > 0) {
        throw new DecisionLineDuplicate(present.map((subject) => subject.name));
      }
      if (!subjects.lenient && awarded.length > 0) {
        throw new DecisionAlreadyAwarded(
          award.name,
          decision.year,
          awarded.map((subject) => subject.name),
        );
      }
      const left = new Set([...present, ...awarded].map((subject) => subject.id));
      ids = ids.filter((subjectId) => !left.has(subjectId));
      const snapshots = subjects.kind === 'staff' ? await staffSnapshots(manager, ids) : await unitSnapshots(manager, ids);
      const lines: NewLine[] = snapshots.map((snapshot) => {
        const { verdict, reasons } = subjects.results.has(snapshot.id)
          ? lineVerdict(subjects.results.get(snapshot.id)!)
          : { verdict: 'not_checked' as const, reasons: [] };
        return {
          staffId: subjects.kind === 'staff' ? snapshot.id : null,
          unitId: subjects.kind === 'unit' ? snapshot.id : null,
          fullName: snapshot.fullName,
          position: snapshot.position,
          unitName: snapshot.unitName,
          unitPath: snapshot.unitPath,
          rank: rankOfPosition(snapshot.position),
          sortKey: snapshot.sortKey ?? nameSortKey(snapshot.fullName),
          verdict,
          verdictReasons: reasons,
          overrideReason: verdict === 'eligible' ? null : (dto.reason ?? null),
          nominationId: subjects.nominations?.get(snapshot.id) ?? null,
        };
      });
      const unexplained = lines.filter((line) => line.verdict !== 'eligible' && line.overrideReason === null);
      if (unexplained.length > 0) {
        throw new DecisionReasonRequired(unexplained.map((line) => line.fullName));
      }
      const inserted = lines.length === 0 ? [] : await insertLines(manager, id, lines, actor.id);
      await priceDecisionLines(manager, id, decision.plannedSignOn ?? today());
      const detail = await this.detailIn(manager, id);
      const byId = new Map(detail.lines.map((line) => [line.id, line]));
      await this.audit.record(
        manager,
        actor,
        ...inserted.map((line) => ({ entity: 'decision-lines', entityId: line.id, action: 'create' as const, after: byId.get(line.id) })),
      );
      return { added: inserted.length, skipped: subjects.ids.length - ids.length, decision: detail };
    });
  }

  /**
   * Lines from a CSV or XLSX of codes (the imports' toolkit and limits): staff codes for an
   * individual decision, unit codes for a collective one, one a row under a "Mã" heading. Unknown
   * codes are refused by line, and nothing is written; the rest is `addLines`.
   */
  async addLinesFromFile(id: string, file: UploadedFile, reason: string | null, actor: AuthUser): Promise<AddedLines> {
    const draft = await this.dataSource.manager.findOneBy(Decision, { id });
    if (!draft) {
      throw new DecisionNotFound(id);
    }
    const kind = subjectKindOf(draft.subject);
    const table = await parseTable(file, [{ key: 'code', headings: CODE_HEADINGS, required: true }]);
    const wanted = table.rows
      .map((tableRow) => ({
        line: tableRow.line,
        given: (tableRow.cells.code ?? '').trim(),
        code: (tableRow.cells.code ?? '').trim().toLowerCase(),
      }))
      .filter((wantedRow) => wantedRow.code !== '');
    if (wanted.length === 0) {
      throw new ValidationFailed([{ field: 'file', constraint: 'emptyFile', key: 'decisions.fieldErrors.emptyFile' }]);
    }
    const found = new Map(
      (await idsByCode(this.dataSource.manager, kind, [...new Set(wanted.map((w) => w.code))])).map((r) => [r.code, r.id]),
    );
    const unknown = wanted.filter((wantedRow) => !found.has(wantedRow.code));
    if (unknown.length > 0) {
      const what = translate(actor.locale, kind === 'staff' ? 'decisions.staffWord' : 'decisions.unitWord');
      throw new ValidationFailed(
        unknown.map(({ line, given }) => ({
          field: 'file',
          constraint: 'unknownCode',
          key: 'decisions.fieldErrors.unknownCode',
          params: { line, code: given, what },
        })),
      );
    }
    const ids = [...new Set(wanted.map((wantedRow) => found.get(wantedRow.code)!))];
    return this.addLines(id, kind === 'staff' ? { staffIds: ids, reason } : { unitIds: ids, reason }, actor);
  }

  /**
   * The first eligible people (or collectives) not yet in the draft, for the page's checkboxes: the
   * eligibility list's first page, in its order (the rest come with "add everyone eligible").
   */
  async eligibleToAdd(id: string, actor: AuthUser): Promise<Array<{ id: string; name: string; unitName: string | null }>> {
    const decision = await this.dataSource.manager.findOneBy(Decision, { id });
    if (!decision || decision.state !== 'draft') {
      return [];
    }
    const query = Object.assign(new ListCandidatesQuery(), {
      awardType: decision.awardTypeCode,
      year: decision.year,
      subject: decision.subject,
      filter: 'eligible' as const,
      page: 1,
      pageSize: MAX_PAGE_SIZE,
    });
    let found: Awaited<ReturnType<EligibilityService['candidates']>>;
    try {
      found = await this.eligibility.candidates(query, actor);
    } catch (error) {
      if (error instanceof UnknownAwardType || error instanceof NoRulebookForDate) {
        return [];
      }
      throw error;
    }
    const kind = subjectKindOf(decision.subject);
    const present = new Set(
      (
        await alreadyInDecision(
          this.dataSource.manager,
          id,
          kind,
          found.items.map((item) => item.id),
        )
      ).map((subject) => subject.id),
    );
    return found.items.filter((item) => !present.has(item.id)).map((item) => ({ id: item.id, name: item.name, unitName: item.unitName }));
  }

  /** The issuers and award types a new draft may name, for the pages' choices. */
  async choices(): Promise<{ issuers: Array<{ id: string; name: string }>; awards: Array<{ code: string; name: string }> }> {
    const manager = this.dataSource.manager;
    return {
      issuers: await issuerChoices(manager),
      awards: (await manager.find(AwardType, { order: { displayOrder: 'ASC' } }))
        .filter((award) => award.retiredOn === null)
        .map(({ code, name }) => ({ code, name })),
    };
  }

  async removeLine(id: string, lineId: string, actor: AuthUser): Promise<DecisionDetail> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await lockDraft(manager, id);
      const line = await manager.findOneBy(DecisionLine, { id: lineId, decisionId: id });
      if (!line) {
        throw new DecisionLineNotFound(lineId);
      }
      // An officer removes only the people of their own units.
      await assertSubjectsInScope(manager, actor, line.staffId ? { staffIds: [line.staffId] } : { unitIds: [line.unitId!] });
      const before = (await this.detailIn(manager, id)).lines.find((shown) => shown.id === lineId);
      await deleteLine(manager, id, lineId);
      await priceDecisionLines(manager, id, decision.plannedSignOn ?? today());
      await this.audit.record(manager, actor, { entity: 'decision-lines', entityId: lineId, action: 'remove', before });
      return this.detailIn(manager, id);
    });
  }

  /** Who the request adds, checked against the user's scope; from the candidates list, with their verdicts. */
  private async subjectsOf(decision: Decision, dto: AddLinesDto, actor: AuthUser): Promise<Subjects> {
    const given = [dto.staffIds, dto.unitIds, dto.fromCandidates, dto.nominationIds].filter((source) => source !== undefined).length;
    if (given !== 1) {
      throw new ValidationFailed(
        ['staffIds', 'unitIds', 'fromCandidates', 'nominationIds'].map((field) => ({
          field,
          constraint: 'oneSource',
          key: 'decisions.fieldErrors.oneLineSource',
        })),
      );
    }
    const kind = subjectKindOf(decision.subject);
    if (dto.fromCandidates) {
      return this.candidates(decision, kind, dto.fromCandidates.unitId ?? null, actor);
    }
    if (dto.nominationIds) {
      return this.nominationSubjects(decision, kind, dto.nominationIds, actor);
    }
    const asked = (kind === 'staff' ? dto.staffIds : dto.unitIds)?.map((subjectId) => subjectId.toLowerCase());
    if (asked === undefined) {
      // Staff ids for a collective decision, or unit ids for an individual one.
      throw new DecisionAwardUnavailable(
        decision.awardTypeCode,
        kind === 'staff' ? 'notForCollectives' : 'notForIndividuals',
        decision.year,
      );
    }
    await assertSubjectsInScope(
      this.dataSource.manager,
      actor,
      kind === 'staff' ? { staffIds: asked } : { unitIds: asked },
      kind === 'staff' ? { staff: (index) => `staffIds.${index}` } : { unit: (index) => `unitIds.${index}` },
    );
    return { kind, ids: asked, results: new Map(), lenient: false };
  }

  /**
   * The nominees of the nominations, checked before any write: every id names a nomination of the
   * decision's award, year and kind of subject, proposed by one of the drafter's units, for a subject
   * in them. Their states are checked again under lock in the write (assertNominationsReady).
   */
  private async nominationSubjects(decision: Decision, kind: SubjectKind, given: string[], actor: AuthUser): Promise<Subjects> {
    const manager = this.dataSource.manager;
    const asked = given.map((nominationId) => nominationId.toLowerCase());
    const found = new Map((await nominationsByIds(manager, asked)).map((nomination) => [nomination.id, nomination]));
    const unknown = asked.flatMap((nominationId, index) =>
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
    const nominations = asked.map((nominationId) => found.get(nominationId)!);
    const mismatched = nominations.filter(
      (nomination) =>
        nomination.awardType !== decision.awardTypeCode ||
        nomination.year !== decision.year ||
        (kind === 'staff' ? nomination.staffId === null : nomination.unitId === null),
    );
    if (mismatched.length > 0) {
      const award = (await manager.findOneBy(AwardType, { code: decision.awardTypeCode }))?.name ?? decision.awardTypeCode;
      throw new DecisionNominationMismatch(
        award,
        decision.year,
        mismatched.map((nomination) => nomination.subjectName),
      );
    }
    const field = (index: number) => `nominationIds.${index}`;
    // Proposed by one of the drafter's units, for someone in them.
    await assertSubjectsInScope(manager, actor, { unitIds: nominations.map((nomination) => nomination.proposedByUnitId) }, { unit: field });
    const subjectIds = nominations.map((nomination) => (kind === 'staff' ? nomination.staffId! : nomination.unitId!));
    await assertSubjectsInScope(manager, actor, kind === 'staff' ? { staffIds: subjectIds } : { unitIds: subjectIds }, { [kind]: field });
    return {
      kind,
      ids: subjectIds,
      results: new Map(),
      lenient: false,
      nominations: new Map(nominations.map((nomination, index) => [subjectIds[index], nomination.id])),
    };
  }

  /** Everyone the eligibility list shows as eligible, in the user's scope, page by page. */
  private async candidates(decision: Decision, kind: SubjectKind, unitId: string | null, actor: AuthUser): Promise<Subjects> {
    const results = new Map<string, Pick<EligibilityResult, 'criteria'>>();
    for (let page = 1; ; page++) {
      const query = Object.assign(new ListCandidatesQuery(), {
        awardType: decision.awardTypeCode,
        year: decision.year,
        subject: decision.subject,
        unitId,
        filter: 'eligible' as const,
        page,
        pageSize: MAX_PAGE_SIZE,
      });
      const found = await this.eligibility.candidates(query, actor);
      for (const item of found.items) {
        results.set(item.id, item);
      }
      if (page * MAX_PAGE_SIZE >= found.total) {
        break;
      }
    }
    return { kind, ids: [...results.keys()], results, lenient: true };
  }

  /** The engine's verdicts; a local award type it has no rules for is 'not_checked' (the line needs a reason). */
  private async verdicts(decision: Decision, kind: SubjectKind, ids: string[]): Promise<Map<string, EligibilityResult>> {
    try {
      return await this.eligibility.verdictsFor(decision.awardTypeCode, decision.year, kind, ids);
    } catch (error) {
      if (error instanceof UnknownAwardType || error instanceof NoRulebookForDate) {
        return new Map();
      }
      throw error;
    }
  }

  private async issuerFor(manager: EntityManager, id: string, plannedSignOn: string | null, field = 'issuerId'): Promise<IssuerRow> {
    const issuer = await issuerRow(manager, id);
    if (!issuer) {
      throw new ValidationFailed([{ field, constraint: 'unknownIssuer', key: 'fieldErrors.unknownIssuer' }]);
    }
    if (plannedSignOn !== null && !inForceOn(issuer, plannedSignOn)) {
      throw new ValidationFailed([
        {
          field: 'plannedSignOn',
          constraint: 'issuerNotInForce',
          key: 'decisions.fieldErrors.issuerNotInForce',
          params: { date: plannedSignOn },
        },
      ]);
    }
    return issuer;
  }

  private async detailIn(manager: EntityManager, id: string): Promise<DecisionDetail> {
    const decision = await manager.findOneBy(Decision, { id });
    if (!decision) {
      throw new DecisionNotFound(id);
    }
    const [issuer, award, lines] = [
      (await issuerRow(manager, decision.issuerId))!,
      (await manager.findOneBy(AwardType, { code: decision.awardTypeCode }))!,
      await manager.findBy(DecisionLine, { decisionId: id }),
    ];
    return detailOf(decision, issuer, award, orderLines(lines, decision.lineOrder));
  }
}

const today = (): string => isoDay(new Date());

/** A field that cannot be empty, sent as null, is left as it was. */
const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** The column of codes in an uploaded list; the first is the template's. */
const CODE_HEADINGS = ['Mã', 'Mã cán bộ', 'Mã đơn vị', 'Mã số', 'code'];

/** The bases of the rulebook in force on the date, then the province's regulation and the issuer's founding decision. */
function defaultBases(date: string, issuer: IssuerRow): string[] {
  let national: string[] = [];
  try {
    national = decisionBasesOn(date);
  } catch (error) {
    // Before the first rulebook (2024) the officer types the bases.
    if (!(error instanceof NoRulebookForDate)) {
      throw error;
    }
  }
  return [...national, ...[issuer.regulationBasis, issuer.foundingBasis].filter((basis): basis is string => !!basis)];
}

function assertAwardUsable(award: AwardType, subject: AwardSubject, year: number): void {
  if (isRetiredFor(award, year)) {
    throw new DecisionAwardUnavailable(award.name, 'retired', Number(award.retiredOn!.slice(0, 4)));
  }
  if (!award.subjects.includes(subject)) {
    throw new DecisionAwardUnavailable(award.name, subject === 'individual' ? 'notForIndividuals' : 'notForCollectives', year);
  }
}

function refuseIssued(decision: Decision): void {
  if (decision.state === 'issued') {
    throw new DecisionAlreadyIssued(formattedNumber(decision) ?? decision.id);
  }
}

/** The draft under a row lock: two officers changing one draft take turns. */
async function lockDraft(manager: EntityManager, id: string): Promise<Decision> {
  const decision = await manager.findOne(Decision, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!decision) {
    throw new DecisionNotFound(id);
  }
  refuseIssued(decision);
  return decision;
}

/**
 * Under the nominations' row locks: each is still the decision's award and year, not a line of any
 * decision yet, and ready to be decided — `posted`, or `passed` where its award needs no public
 * posting (the same rule as the `decide` transition at issuing, postingRuleFor with the province
 * rules in force today). All or nothing: every refusal is named at once.
 */
async function assertNominationsReady(
  manager: EntityManager,
  decision: Decision,
  awardName: string,
  nominationIds: readonly string[],
): Promise<void> {
  const locked = await lockLineNominations(manager, nominationIds);
  const taken = locked.filter((nomination) => nomination.takenBy !== null);
  if (taken.length > 0) {
    throw new DecisionNominationTaken(
      taken.map((nomination) => `${nomination.name} (${nomination.takenByAbstract ?? nomination.takenBy})`),
    );
  }
  const rules = await provinceRulesOn(manager, today());
  const notReady: NotReadyNomination[] = locked.flatMap((nomination): NotReadyNomination[] => {
    if (nomination.state === 'posted') {
      return [];
    }
    if (nomination.state === 'passed') {
      return postingRequired(nomination.awardType, rules) ? [{ name: nomination.name, state: nomination.state, why: 'notPosted' }] : [];
    }
    return [{ name: nomination.name, state: nomination.state, why: 'state' }];
  });
  if (notReady.length > 0) {
    throw new DecisionNominationNotReady(notReady);
  }
  // Read again under the lock: a nomination's award and year do not change once passed, but say so if they did.
  const moved = locked.filter((nomination) => nomination.awardType !== decision.awardTypeCode || nomination.year !== decision.year);
  if (moved.length > 0) {
    throw new DecisionNominationMismatch(
      awardName,
      decision.year,
      moved.map((nomination) => nomination.name),
    );
  }
}

/** Whether the award must be posted before it is decided: the nominations' transitions ask the same (a local award: yes). */
const postingRequired = (award: string, rules: ProvinceRules): boolean =>
  isAwardCode(award) ? postingRuleFor(award, rules).required : true;

/** What the audit keeps of a decision: its header, not the lines (each line has entries of its own). */
const headerOf = ({ lines: _lines, ...header }: DecisionDetail) => header;
