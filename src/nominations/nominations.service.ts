import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { OutOfScope, ValidationFailed } from '../common/errors/domain-error.js';
import { execute, one, row, rows, sql } from '../database/sql.js';
import { EligibilityService } from '../eligibility/index.js';
import {
  type AuthUser,
  canSeeDisciplines,
  CodedError,
  isAwardCode,
  isUnitPathInScope,
  type Locale,
  scopePatterns,
  type SubjectKind,
} from '../kernel/index.js';
import {
  allowedActions,
  AwardNotForSubject,
  type EligibilityResult,
  NOMINATION_STATES,
  type NominationAction,
  type NominationState,
  QUOTA_HOLDING_STATES,
  quotaCheck,
} from '../law/index.js';
import type { NominationTransitionLogEntry, NominationView } from './nomination.types.js';
import { type AppliedTransitions, NominationTransitionsService, vietnamToday } from './nomination-transitions.service.js';
import {
  NominationAlreadyAwarded,
  NominationAlreadyNominated,
  NominationNotEditable,
  NominationNotFound,
  NominationVersionStale,
} from './nominations.errors.js';
import {
  alreadyAwardedSubjects,
  nominationsByIds,
  quotaCounts,
  type QuotaGroup,
  screeningConflicts,
  type ScreenedSubject,
  toView,
  transitionLog,
  VIEW_COLUMNS,
  VIEW_FROM,
} from './nominations.sql.js';
import { type NominationDetail, nominationDetail } from './nomination-detail.js';
import { NominationSettings } from './province-settings.js';
import { quotaView, type QuotaView } from './quota-view.js';

/** A nomination stands in the way of another for the same subject, award and year unless withdrawn or rejected. */
const LIVE_STATES: readonly NominationState[] = NOMINATION_STATES.filter((state) => state !== 'withdrawn' && state !== 'rejected');

/** What every nomination of one creation shares. */
export interface NewNominations {
  awardType: string;
  year: number;
  campaignId: string | null;
  achievements: string;
}

/** One nominee of a creation, and the unit proposing them when not the default (a person's own unit, a collective itself). */
export interface NewNominee {
  staffId?: string | null;
  unitId?: string | null;
  proposedByUnitId?: string | null;
}

export interface CreatedNominations {
  items: NominationView[];
  /** "Everyone eligible": those left out because already nominated, already awarded, or not eligible. */
  skippedNominated: number;
  skippedAwarded: number;
  notEligible: number;
}

export interface NominationFilter {
  state?: NominationState | null;
  unitId?: string | null;
  awardType?: string | null;
  year?: number | null;
  campaignId?: string | null;
  page: number;
  pageSize: number;
}

export interface NominationPage {
  items: NominationView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface NominationChanges {
  version: number;
  achievements?: string;
  awardType?: string;
  year?: number;
  campaignId?: string | null;
}

/** The eligibility result stored at submit, with what it was computed under (read by the council). */
export interface EligibilitySnapshot {
  takenAt: string;
  /** The day the rulebook was chosen by (31 December of the year). */
  asOf: string;
  rulebook: string;
  /** The province settings the engine read. */
  settings: { province: string };
  /** Null when the engine has no answer (a local award, a year before any rulebook): `refusal` says why. */
  result: EligibilityResult | null;
  refusal: string | null;
}

/**
 * Nominations: creating them (one, or a unit's worth at once), editing drafts, listing and reading
 * them, and the HTTP side of the transitions (the eligibility snapshot taken at submit, outside the
 * write: the embedded database has one connection and the engine reads in its own transaction).
 */
@Injectable()
export class NominationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly transitions: NominationTransitionsService,
    private readonly eligibility: EligibilityService,
    private readonly settings: NominationSettings,
  ) {}

  /** The nomination, or 404; 403 when its proposing unit is outside the reader's units. */
  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<NominationView> {
    const found = await row<NominationView & { proposingUnitPath: string }>(
      manager,
      sql`SELECT ${VIEW_COLUMNS}, pu.path AS "proposingUnitPath" FROM ${VIEW_FROM} WHERE n.id = ${id}::uuid`,
    );
    if (found === undefined) {
      throw new NominationNotFound([id]);
    }
    if (!isUnitPathInScope(user, found.proposingUnitPath)) {
      throw new OutOfScope();
    }
    const { proposingUnitPath: _path, ...view } = found;
    return toView(view);
  }

  /** Its transitions, oldest first (read after `get`, which checked the scope). */
  log(id: string, manager: EntityManager = this.dataSource.manager): Promise<NominationTransitionLogEntry[]> {
    return transitionLog(manager, id);
  }

  /**
   * New drafts, all or nothing, in a fixed number of statements whatever their number: the nominees
   * and proposing units checked against the actor's scope, the award against the kind of nominee,
   * then the screening (another nomination of the same subject, award and year not withdrawn or
   * rejected; the award already held) refuses them all, or — `skipScreened`, for "everyone eligible"
   * — leaves those out.
   */
  async create(
    actor: AuthUser,
    common: NewNominations,
    nominees: readonly NewNominee[],
    options: { skipScreened?: boolean; field?: (index: number) => string } = {},
  ): Promise<CreatedNominations> {
    const kind: SubjectKind = nominees[0]?.staffId ? 'staff' : 'unit';
    const field = options.field ?? (() => (kind === 'staff' ? 'staffId' : 'unitId'));
    const subjectIds = nominees.map((nominee) => (kind === 'staff' ? nominee.staffId : nominee.unitId)!.toLowerCase());
    return this.dataSource.transaction(async (manager) => {
      await assertAwardGoesTo(manager, common.awardType, kind);
      await assertSubjectsInScope(manager, actor, kind === 'staff' ? { staffIds: subjectIds } : { unitIds: subjectIds }, { [kind]: field });
      const explicit = nominees.map((nominee) => nominee.proposedByUnitId?.toLowerCase() ?? null);
      const named = [...new Set(explicit.filter((id): id is string => id !== null))];
      if (named.length > 0) {
        await assertSubjectsInScope(manager, actor, { unitIds: named }, { unit: 'proposedByUnitId' });
      }
      const ownUnits = kind === 'staff' ? await staffUnits(manager, subjectIds) : new Map(subjectIds.map((id) => [id, id]));
      const subjects: ScreenedSubject[] = subjectIds.map((id, index) => ({
        ref: String(index),
        awardType: common.awardType,
        year: common.year,
        staffId: kind === 'staff' ? id : null,
        unitId: kind === 'unit' ? id : null,
      }));
      const conflicts = await screeningConflicts(manager, subjects, LIVE_STATES, []);
      const awarded = await alreadyAwardedSubjects(manager, subjects);
      if (!options.skipScreened && conflicts.length > 0) {
        const conflict = conflicts[0];
        throw new NominationAlreadyNominated({
          nominationId: '',
          subject: conflict.subject,
          award: common.awardType,
          year: common.year,
          otherId: conflict.otherId,
          otherUnit: conflict.otherUnit,
          otherState: conflict.otherState,
        });
      }
      if (!options.skipScreened && awarded.length > 0) {
        throw new NominationAlreadyAwarded(
          common.awardType,
          common.year,
          awarded.map((found) => found.name),
        );
      }
      const left = new Set([...conflicts.map((conflict) => conflict.ref), ...awarded.map((found) => found.ref)]);
      const kept = subjects.filter((subject) => !left.has(subject.ref));
      const ids = await insertNominations(
        manager,
        actor,
        common,
        kept.map((subject) => ({
          staffId: subject.staffId,
          unitId: subject.unitId,
          proposedByUnitId: explicit[Number(subject.ref)] ?? ownUnits.get(subjectIds[Number(subject.ref)])!,
        })),
      );
      const views = await nominationsByIds(manager, ids);
      const byId = new Map(views.map((view) => [view.id, view]));
      await this.audit.record(
        manager,
        actor,
        ...ids.map((id) => ({
          entity: 'nominations',
          entityId: id,
          action: 'create' as const,
          before: null,
          after: auditedFields(byId.get(id)!),
        })),
      );
      return {
        items: ids.map((id) => byId.get(id)!),
        skippedNominated: new Set(conflicts.map((conflict) => conflict.ref)).size,
        skippedAwarded: awarded.filter((found) => !conflicts.some((conflict) => conflict.ref === found.ref)).length,
        notEligible: 0,
      };
    });
  }

  /**
   * "Propose everyone eligible in my unit": the people of the unit and its sub-units in service
   * during the year (within the actor's units), their verdicts from the eligibility engine (read
   * outside the write), then drafts for those eligible and not already nominated or awarded.
   */
  async createForEligible(actor: AuthUser, common: NewNominations, unitId: string): Promise<CreatedNominations> {
    if (!isAwardCode(common.awardType)) {
      throw new ValidationFailed([{ field: 'awardType', constraint: 'isIn', key: 'fieldErrors.isIn' }]);
    }
    const paths = await assertSubjectsInScope(this.dataSource.manager, actor, { unitIds: [unitId] }, { unit: 'unitId' });
    const people = await staffInService(this.dataSource.manager, paths.units.get(unitId.toLowerCase())!, scopePatterns(actor), common.year);
    const verdicts = await this.eligibility.verdictsFor(common.awardType, common.year, 'staff', people);
    const eligible = people.filter((id) => verdicts.get(id)?.eligible === true);
    if (eligible.length === 0) {
      return { items: [], skippedNominated: 0, skippedAwarded: 0, notEligible: people.length };
    }
    const created = await this.create(
      actor,
      common,
      eligible.map((staffId) => ({ staffId })),
      { skipScreened: true },
    );
    return { ...created, notEligible: people.length - eligible.length };
  }

  /** A change to a draft or a returned nomination, naming the version it was read at. */
  async update(id: string, changes: NominationChanges, actor: AuthUser): Promise<NominationView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await row<{
        state: NominationState;
        version: number;
        path: string;
        awardType: string;
        year: number;
        staffId: string | null;
        unitId: string | null;
      }>(
        manager,
        sql`SELECT n.state, n.version, pu.path, n.award_type AS "awardType", n.year::int AS year, n.staff_id AS "staffId", n.unit_id AS "unitId"
              FROM nominations n JOIN units pu ON pu.id = n.proposed_by_unit_id
             WHERE n.id = ${id}::uuid FOR UPDATE OF n`,
      );
      if (current === undefined) {
        throw new NominationNotFound([id]);
      }
      if (!isUnitPathInScope(actor, current.path)) {
        throw new OutOfScope();
      }
      if (current.version !== changes.version) {
        throw new NominationVersionStale(id, changes.version, current.version);
      }
      if (current.state !== 'draft' && current.state !== 'returned') {
        throw new NominationNotEditable(id, current.state);
      }
      const awardType = changes.awardType ?? current.awardType;
      const year = changes.year ?? current.year;
      if (awardType !== current.awardType || year !== current.year) {
        await assertAwardGoesTo(manager, awardType, current.staffId ? 'staff' : 'unit');
        const subject: ScreenedSubject = { ref: id, awardType, year, staffId: current.staffId, unitId: current.unitId };
        const [conflict] = await screeningConflicts(manager, [subject], LIVE_STATES, [id]);
        if (conflict !== undefined) {
          throw new NominationAlreadyNominated({
            nominationId: id,
            subject: conflict.subject,
            award: awardType,
            year,
            otherId: conflict.otherId,
            otherUnit: conflict.otherUnit,
            otherState: conflict.otherState,
          });
        }
        const awarded = await alreadyAwardedSubjects(manager, [subject]);
        if (awarded.length > 0) {
          throw new NominationAlreadyAwarded(awardType, year, [awarded[0].name]);
        }
      }
      const before = (await nominationsByIds(manager, [id]))[0];
      await execute(
        manager,
        sql`UPDATE nominations
               SET achievements = COALESCE(${changes.achievements ?? null}::text, achievements),
                   award_type = ${awardType}, year = ${year},
                   campaign_id = CASE WHEN ${changes.campaignId !== undefined} THEN ${changes.campaignId ?? null}::uuid ELSE campaign_id END,
                   version = version + 1, updated_at = now()
             WHERE id = ${id}::uuid`,
      );
      const after = (await nominationsByIds(manager, [id]))[0];
      await this.audit.record(manager, actor, {
        entity: 'nominations',
        entityId: id,
        action: 'update',
        before: auditedFields(before),
        after: auditedFields(after),
      });
      return after;
    });
  }

  /**
   * A page of nominations within the reader's units: the review queue (`state=submitted`) oldest
   * submission first, every other list newest first. One query for the page, one for the total
   * (skipped when the first page is short), each on an index of the filters.
   */
  async list(filter: NominationFilter, user: AuthUser): Promise<NominationPage> {
    const manager = this.dataSource.manager;
    const unitPath = filter.unitId
      ? (await assertSubjectsInScope(manager, user, { unitIds: [filter.unitId] }, { unit: 'unitId' })).units.get(
          filter.unitId.toLowerCase(),
        )!
      : null;
    const patterns = scopePatterns(user);
    // The units as a set of ids (a handful of rows), so the filters stay on the nominations' own indexes and the count needs no join.
    const units =
      patterns === null && unitPath === null
        ? sql`TRUE`
        : sql`n.proposed_by_unit_id IN (SELECT u.id FROM units u
                WHERE (${patterns}::text[] IS NULL OR u.path LIKE ANY(${patterns}::text[]))
                  AND (${unitPath}::text IS NULL OR u.path LIKE ${unitPath}::text || '%'))`;
    const where = sql`${units}
      AND (${filter.state ?? null}::text IS NULL OR n.state = ${filter.state ?? null}::text)
      AND (${filter.awardType ?? null}::text IS NULL OR n.award_type = ${filter.awardType ?? null}::text)
      AND (${filter.year ?? null}::int IS NULL OR n.year = ${filter.year ?? null}::int)
      AND (${filter.campaignId ?? null}::uuid IS NULL OR n.campaign_id = ${filter.campaignId ?? null}::uuid)`;
    const order = filter.state === 'submitted' ? sql`n.submitted_at, n.id` : sql`n.created_at DESC, n.id DESC`;
    const offset = (filter.page - 1) * filter.pageSize;
    const items = (
      await rows<NominationView>(
        manager,
        sql`SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE ${where} ORDER BY ${order} LIMIT ${filter.pageSize}::int OFFSET ${offset}::int`,
      )
    ).map(toView);
    const total =
      offset === 0 && items.length < filter.pageSize
        ? items.length
        : (await one<{ n: number }>(manager, sql`SELECT count(*)::int AS n FROM nominations n WHERE ${where}`)).n;
    return { items, total, page: filter.page, pageSize: filter.pageSize };
  }

  /**
   * A transition asked over HTTP: at submit, the eligibility result of each nomination is computed
   * first (outside the write) and stored with it; then the transitions, all or nothing.
   */
  async transition(
    actor: AuthUser,
    action: NominationAction,
    items: ReadonlyArray<{ id: string; version: number }>,
    reason: string | null,
  ): Promise<AppliedTransitions> {
    const snapshots = action === 'submit' ? await this.snapshotsFor(items.map((item) => item.id.toLowerCase())) : new Map<string, object>();
    return this.dataSource.transaction((manager) =>
      this.transitions.applyWithChecks(manager, actor, { items, action, reason }, { snapshots }),
    );
  }

  /**
   * The eligibility result of each nomination now, with the rulebook and the settings it used: one
   * engine call per award, year and kind of nominee (one for a whole bulk submission).
   */
  async snapshotsFor(ids: readonly string[]): Promise<Map<string, EligibilitySnapshot>> {
    const nominations = await nominationsByIds(this.dataSource.manager, ids);
    const groups = new Map<string, NominationView[]>();
    for (const nomination of nominations) {
      const key = `${nomination.awardType}\u0000${nomination.year}\u0000${nomination.staffId ? 'staff' : 'unit'}`;
      groups.set(key, [...(groups.get(key) ?? []), nomination]);
    }
    const rules = await this.settings.provinceRulesOn(this.dataSource.manager, vietnamToday());
    const takenAt = new Date().toISOString();
    const snapshots = new Map<string, EligibilitySnapshot>();
    for (const members of groups.values()) {
      const { awardType, year } = members[0];
      const kind: SubjectKind = members[0].staffId ? 'staff' : 'unit';
      const base = { takenAt, asOf: `${year}-12-31`, settings: { province: rules.name } };
      let verdicts: Map<string, EligibilityResult>;
      try {
        verdicts = await this.eligibility.verdictsFor(
          awardType,
          year,
          kind,
          members.map((member) => (member.staffId ?? member.unitId)!),
        );
      } catch (error: unknown) {
        if (!(error instanceof CodedError)) {
          throw error;
        }
        for (const member of members) {
          snapshots.set(member.id, { ...base, rulebook: '', result: null, refusal: error.code });
        }
        continue;
      }
      for (const member of members) {
        const result = verdicts.get((member.staffId ?? member.unitId)!) ?? null;
        snapshots.set(member.id, { ...base, rulebook: result?.rulebook ?? '', result, refusal: result === null ? 'NOT_EVALUATED' : null });
      }
    }
    return snapshots;
  }

  /**
   * One nomination with its log, the eligibility stored at submit beside the live result (the
   * differences marked), the subject's prior awards and open freezes, the quota and what the reader
   * may do now.
   */
  async detail(id: string, user: AuthUser, lang: Locale): Promise<NominationDetail> {
    const nomination = await this.get(id, user);
    const [log, snapshot, live, history, actorStaffId, holders] = [
      await this.log(id),
      await this.snapshot(id),
      await this.liveEligibility(nomination, user),
      await this.subjectHistory(nomination),
      await one<{ staffId: string | null }>(
        this.dataSource.manager,
        sql`SELECT (SELECT staff_id FROM users WHERE id = ${user.id}::uuid) AS "staffId"`,
      ),
      await one<{ nomineeUserId: string | null }>(
        this.dataSource.manager,
        sql`SELECT (SELECT id FROM users WHERE ${nomination.staffId}::uuid IS NOT NULL AND staff_id = ${nomination.staffId}::uuid) AS "nomineeUserId"`,
      ),
    ];
    const facts = {
      actor: { userId: user.id, staffId: actorStaffId.staffId, roles: user.roles },
      nomination: {
        nomineeStaffId: nomination.staffId,
        nomineeUserId: holders.nomineeUserId,
        proposedByUserId: nomination.proposedBy,
        submittedByUserId: nomination.submittedBy,
      },
    };
    const allowed = allowedActions(nomination.state, facts).filter((action) => nomination.openHolds === 0 || action === 'withdraw');
    const quotas = await this.quotas(user, nomination.year, nomination.proposedByUnitId, nomination.awardType);
    return nominationDetail({
      nomination,
      log,
      allowedActions: allowed,
      snapshot,
      live,
      priorAwards: history.priorAwards,
      openFreezes: history.openFreezes,
      quota: quotas.find((quota) => quota.limit !== null) ?? null,
      lang,
      mayReadDisciplines: canSeeDisciplines(user),
    });
  }

  /** The stored snapshot of one nomination (scope checked by the caller). */
  async snapshot(id: string): Promise<EligibilitySnapshot | null> {
    const found = await one<{ snapshot: EligibilitySnapshot | null }>(
      this.dataSource.manager,
      sql`SELECT (SELECT eligibility_snapshot FROM nominations WHERE id = ${id}::uuid) AS snapshot`,
    );
    return found.snapshot;
  }

  /** The live verdict of a nomination's subject, or the code of the engine's refusal. */
  async liveEligibility(view: NominationView, user: AuthUser): Promise<{ result: EligibilityResult | null; refusal: string | null }> {
    try {
      const result = await this.eligibility.evaluate(
        { staffId: view.staffId, unitId: view.unitId, awardType: view.awardType, year: view.year, asOf: null },
        user,
      );
      return { result, refusal: null };
    } catch (error: unknown) {
      if (error instanceof CodedError) {
        return { result: null, refusal: error.code };
      }
      throw error;
    }
  }

  /** The subject's awards (any year, newest first) and the freezes still open, for the page beside the nomination. */
  async subjectHistory(view: NominationView): Promise<{ priorAwards: PriorAward[]; openFreezes: OpenFreeze[] }> {
    const manager = this.dataSource.manager;
    const subject = sql`(${view.staffId}::uuid IS NOT NULL AND staff_id = ${view.staffId}::uuid) OR (${view.unitId}::uuid IS NOT NULL AND unit_id = ${view.unitId}::uuid)`;
    const priorAwards = await rows<PriorAward>(
      manager,
      sql`SELECT award_type_code AS "awardType", year::int AS year, basis, decision_number AS "decisionNumber",
                 to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", issuer_name AS "issuerName"
            FROM award_records WHERE (${subject}) AND revoked_at IS NULL AND deleted_at IS NULL
           ORDER BY year DESC, award_type_code`,
    );
    const openFreezes = await rows<OpenFreeze>(
      manager,
      sql`SELECT id, reason, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
            FROM freezes WHERE (${subject}) AND deleted_at IS NULL AND (ends_on IS NULL OR ends_on >= ${vietnamToday()}::date)
           ORDER BY starts_on`,
    );
    return { priorAwards, openFreezes };
  }

  /**
   * The live quota counters: for each unit (the one asked, or every unit of the reader's that
   * proposes for the year) and award (the one asked, or those with a quota), the nominations holding
   * a place against the limit.
   */
  async quotas(user: AuthUser, year: number, unitId: string | null, awardType: string | null): Promise<QuotaView[]> {
    const manager = this.dataSource.manager;
    const settings = await this.settings.quotaSettingsOn(manager, vietnamToday());
    let units: string[];
    if (unitId) {
      await assertSubjectsInScope(manager, user, { unitIds: [unitId] }, { unit: 'unitId' });
      units = [unitId.toLowerCase()];
    } else {
      const patterns = scopePatterns(user);
      units = (
        await rows<{ id: string }>(
          manager,
          sql`SELECT DISTINCT n.proposed_by_unit_id AS id FROM nominations n JOIN units pu ON pu.id = n.proposed_by_unit_id
               WHERE n.year = ${year}::int AND (${patterns}::text[] IS NULL OR pu.path LIKE ANY(${patterns}::text[]))`,
        )
      ).map((found) => found.id);
    }
    const awards = (awardType ? [awardType] : Object.keys(settings)).filter(isAwardCode);
    const groups: QuotaGroup[] = units.flatMap((unit) => awards.map((award) => ({ awardType: award, year, unitId: unit })));
    const counts = await quotaCounts(manager, groups, QUOTA_HOLDING_STATES, []);
    return counts.map((count) =>
      quotaView(
        quotaCheck(
          settings,
          count.awardType as Parameters<typeof quotaCheck>[1],
          { id: count.unitId, name: count.unitName, staffCount: count.staffCount },
          count.counted,
          0,
        ),
        year,
        count.staffCount,
      ),
    );
  }
}

export interface PriorAward {
  awardType: string;
  year: number;
  basis: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  issuerName: string | null;
}

export interface OpenFreeze {
  id: string;
  reason: string;
  startsOn: string;
  endsOn: string | null;
}

/** The fields an audit entry keeps of a nomination. */
const auditedFields = (view: NominationView): object => ({
  awardType: view.awardType,
  year: view.year,
  staffId: view.staffId,
  unitId: view.unitId,
  proposedByUnitId: view.proposedByUnitId,
  campaignId: view.campaignId,
  achievements: view.achievements,
  state: view.state,
  version: view.version,
});

/** The award goes to this kind of nominee (the catalogue says to whom). */
async function assertAwardGoesTo(manager: EntityManager, awardType: string, kind: SubjectKind): Promise<void> {
  const award = await row<{ subjects: string[] }>(manager, sql`SELECT subjects FROM award_types WHERE code = ${awardType}`);
  if (award === undefined) {
    throw new ValidationFailed([{ field: 'awardType', constraint: 'isIn', key: 'fieldErrors.isIn' }]);
  }
  if (!award.subjects.includes(kind === 'staff' ? 'individual' : 'collective')) {
    throw new AwardNotForSubject(awardType, kind);
  }
}

/** Each person's own unit, the default proposer of their nomination. */
async function staffUnits(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const found = await rows<{ id: string; unitId: string }>(
    manager,
    sql`SELECT id, unit_id AS "unitId" FROM staff WHERE id = ANY(${ids}::uuid[])`,
  );
  return new Map(found.map((person) => [person.id, person.unitId]));
}

/** People of a unit and its sub-units in service during the year, within the reader's units (as the candidates list counts them). */
async function staffInService(manager: EntityManager, unitPath: string, patterns: string[] | null, year: number): Promise<string[]> {
  const found = await rows<{ id: string }>(
    manager,
    sql`SELECT s.id FROM staff s JOIN units u ON u.id = s.unit_id
         WHERE u.path LIKE ${unitPath}::text || '%' AND (${patterns}::text[] IS NULL OR u.path LIKE ANY(${patterns}::text[]))
           AND s.merged_into IS NULL
           AND (s.status = 'active' OR s.left_on >= make_date(${year}::int, 1, 1))
           AND (s.started_on IS NULL OR s.started_on <= make_date(${year}::int, 12, 31))
         ORDER BY s.sort_key, s.id`,
  );
  return found.map((person) => person.id);
}

/** The drafts, one INSERT for all, ids in the order given. */
async function insertNominations(
  manager: EntityManager,
  actor: AuthUser,
  common: NewNominations,
  nominees: ReadonlyArray<{ staffId: string | null; unitId: string | null; proposedByUnitId: string }>,
): Promise<string[]> {
  if (nominees.length === 0) {
    return [];
  }
  const inserted = await rows<{ id: string }>(
    manager,
    sql`INSERT INTO nominations (campaign_id, year, award_type, staff_id, unit_id, proposed_by_unit_id, achievements, proposed_by)
        SELECT ${common.campaignId}::uuid, ${common.year}::int, ${common.awardType}, v.staff_id, v.unit_id, v.proposed_by_unit_id,
               ${common.achievements}, ${actor.id}::uuid
          FROM unnest(${nominees.map((nominee) => nominee.staffId)}::uuid[], ${nominees.map((nominee) => nominee.unitId)}::uuid[],
                      ${nominees.map((nominee) => nominee.proposedByUnitId)}::uuid[]) WITH ORDINALITY AS v(staff_id, unit_id, proposed_by_unit_id, n)
         ORDER BY v.n
     RETURNING id`,
  );
  return inserted.map((created) => created.id);
}
