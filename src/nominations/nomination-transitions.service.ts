import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { DomainError, type KeyedDetail, ValidationFailed } from '../common/errors/domain-error.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { one, sql } from '../database/sql.js';
import { type AuthUser, CodedError, isAwardCode } from '../kernel/index.js';
import {
  assertWithinQuota,
  NOMINATION_ACTIONS,
  type NominationRuleErrorCode,
  type NominationState,
  QUOTA_HOLDING_STATES,
  QUOTA_WARNING_STATES,
  quotaCheck,
} from '../law/index.js';
import type { NominationTransitionRequest, NominationTransitionResult } from './nomination.types.js';
import {
  NominationAlreadyAwarded,
  NominationAlreadyNominated,
  NominationNotFound,
  NominationRuleRefusal,
  isRuleCode,
} from './nominations.errors.js';
import {
  alreadyAwardedSubjects,
  type LockedNomination,
  lockNominations,
  quotaCounts,
  type QuotaGroup,
  screeningConflicts,
  type ScreenedSubject,
  type TransitionRow,
  writeTransitions,
} from './nominations.sql.js';
import { NominationSettings } from './province-settings.js';
import { decide } from './transition-decision.js';
import { quotaView, type QuotaView } from './quota-view.js';

/** Today in Vietnam (UTC+7), the date whose settings a transition reads. */
export const vietnamToday = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * States in which a nomination holds its subject, award and year against any other (issue 10: "not
 * withdrawn or rejected"); a draft holds nothing yet. The partial unique indexes of the migration
 * say the same (`schema.spec.ts` checks the two lists agree).
 */
export const SCREENED_STATES: readonly NominationState[] = [
  'submitted',
  'returned',
  'approved',
  'on_agenda',
  'passed',
  'failed',
  'posted',
  'proposed_upward',
  'decided',
];

/** The screening and the quotas run at these two acts (issue 10: "at submit and again at approval"). */
const SCREENED_ACTIONS = new Set(['submit', 'approve']);

/** What a transition request did beyond the moves: the quotas it counted (a warning at submit when exceeded). */
export interface AppliedTransitions {
  items: NominationTransitionResult[];
  quotas: QuotaView[];
}

export interface ApplyOptions {
  /** The eligibility result of each nomination at submit, with the rulebook and settings used (stored for the council). */
  snapshots?: ReadonlyMap<string, object>;
}

/**
 * Moves nominations through the law's ONE table of transitions (src/law/nominations/transitions.ts),
 * inside the caller's transaction so the council, the postings and the decisions move nominations
 * together with their own writes. Set-based and all or nothing: the rows are locked in id order,
 * every one is checked, then one UPDATE, one INSERT into the log and one audit insert, whatever
 * their number. The first refusal (in the order of the request) refuses them all.
 *
 * At submit and at approval, under an advisory lock per award and year (so two submissions of the
 * same person queue, and the second sees the first): the screening (the same subject, award and
 * year in another nomination; already awarded) and the quotas (a warning at submit, a hard stop at
 * approval). The partial unique indexes under it are the guarantee whatever writes.
 */
@Injectable()
export class NominationTransitionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly settings: NominationSettings,
  ) {}

  async apply(manager: EntityManager, actor: AuthUser, request: NominationTransitionRequest): Promise<NominationTransitionResult[]> {
    return (await this.applyWithChecks(manager, actor, request)).items;
  }

  async applyWithChecks(
    manager: EntityManager,
    actor: AuthUser,
    request: NominationTransitionRequest,
    options: ApplyOptions = {},
  ): Promise<AppliedTransitions> {
    const reason = request.reason?.trim() ? request.reason.trim() : null;
    assertWellFormed(request);
    // Ids as the database answers them (a UUID in capitals is the same id).
    const items = request.items.map((item) => ({ ...item, id: item.id.toLowerCase() }));
    const ids = items.map((item) => item.id);
    const locked = await lockNominations(manager, ids);
    const byId = new Map(locked.map((nomination) => [nomination.id, nomination]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new NominationNotFound(missing);
    }
    const actorStaffId = await staffIdOf(manager, actor.id);
    const today = vietnamToday();
    const rules = await this.settings.provinceRulesOn(manager, today);

    const moves: TransitionRow[] = items.map((item) => {
      const nomination = byId.get(item.id)!;
      try {
        return { id: item.id, from: nomination.state, to: decide(actor, actorStaffId, nomination, item.version, request, reason, rules) };
      } catch (error: unknown) {
        throw naming(error, item.id);
      }
    });
    const ordered = items.map((item) => byId.get(item.id)!);
    const quotas = SCREENED_ACTIONS.has(request.action) ? await this.screen(manager, request.action, ordered, today) : [];

    const written = await writeTransitions(
      manager,
      { id: actor.id, name: actor.fullName },
      request.action,
      reason,
      moves,
      request.action === 'submit' ? (options.snapshots ?? new Map()) : new Map(),
    );
    const versions = new Map(written.map((row) => [row.id, row.version]));
    await this.audit.record(
      manager,
      actor,
      ...moves.map((move) => ({
        entity: 'nominations',
        entityId: move.id,
        action: 'transition' as const,
        before: { state: move.from, version: byId.get(move.id)!.version },
        after: { state: move.to, version: versions.get(move.id)!, action: request.action, reason },
      })),
    );
    return {
      items: moves.map((move) => ({ id: move.id, action: request.action, from: move.from, to: move.to, version: versions.get(move.id)! })),
      quotas,
    };
  }

  /**
   * The screening and the quotas of a submission or an approval, in a fixed number of statements.
   * Refuses with the first nomination (in the request's order) that meets another; answers the
   * quotas counted (a warning at submit; at approval an exceeded one refuses everything).
   */
  private async screen(
    manager: EntityManager,
    action: string,
    nominations: readonly LockedNomination[],
    today: string,
  ): Promise<QuotaView[]> {
    // The same (award, year) for everyone who screens it: taken in one order, so two requests cannot wait on each other.
    const keys = [...new Set(nominations.map((nomination) => `${nomination.awardType}\u0000${nomination.year}`))].sort();
    for (const key of keys) {
      const [award, year] = key.split('\u0000');
      await lockNaturalKey(manager, 'nominations', award, Number(year));
    }
    const subjects: ScreenedSubject[] = nominations.map((nomination) => ({
      ref: nomination.id,
      awardType: nomination.awardType,
      year: nomination.year,
      staffId: nomination.staffId,
      unitId: nomination.unitId,
    }));
    refuseTwiceInRequest(nominations);
    const conflicts = await screeningConflicts(
      manager,
      subjects,
      SCREENED_STATES,
      nominations.map((nomination) => nomination.id),
    );
    if (conflicts.length > 0) {
      const first = nominations.find((nomination) => conflicts.some((conflict) => conflict.ref === nomination.id))!;
      const conflict = conflicts.find((found) => found.ref === first.id)!;
      throw new NominationAlreadyNominated({
        nominationId: first.id,
        subject: conflict.subject,
        award: first.awardType,
        year: first.year,
        otherId: conflict.otherId,
        otherUnit: conflict.otherUnit,
        otherState: conflict.otherState,
      });
    }
    const awarded = new Map((await alreadyAwardedSubjects(manager, subjects)).map((found) => [found.ref, found.name]));
    if (awarded.size > 0) {
      const first = nominations.find((nomination) => awarded.has(nomination.id))!;
      const names = nominations
        .filter((nomination) => awarded.has(nomination.id) && nomination.awardType === first.awardType && nomination.year === first.year)
        .map((nomination) => awarded.get(nomination.id)!);
      throw new NominationAlreadyAwarded(first.awardType, first.year, names);
    }
    return this.quotas(manager, action, nominations, today);
  }

  private async quotas(
    manager: EntityManager,
    action: string,
    nominations: readonly LockedNomination[],
    today: string,
  ): Promise<QuotaView[]> {
    const settings = await this.settings.quotaSettingsOn(manager, today);
    const adding = new Map<string, { group: QuotaGroup; count: number; first: string }>();
    for (const nomination of nominations) {
      if (!isAwardCode(nomination.awardType) || settings[nomination.awardType] === undefined) {
        continue;
      }
      const key = `${nomination.awardType}\u0000${nomination.year}\u0000${nomination.proposedByUnitId}`;
      const entry = adding.get(key) ?? {
        group: { awardType: nomination.awardType, year: nomination.year, unitId: nomination.proposedByUnitId },
        count: 0,
        first: nomination.id,
      };
      entry.count += 1;
      adding.set(key, entry);
    }
    const groups = [...adding.values()];
    const counts = await quotaCounts(
      manager,
      groups.map((entry) => entry.group),
      action === 'approve' ? QUOTA_HOLDING_STATES : QUOTA_WARNING_STATES,
      nominations.map((nomination) => nomination.id),
    );
    return groups.map((entry) => {
      const counted = counts.find(
        (count) => count.awardType === entry.group.awardType && count.year === entry.group.year && count.unitId === entry.group.unitId,
      )!;
      const check = quotaCheck(
        settings,
        entry.group.awardType as Parameters<typeof quotaCheck>[1],
        { id: counted.unitId, name: counted.unitName, staffCount: counted.staffCount },
        counted.counted,
        entry.count,
      );
      if (action === 'approve') {
        try {
          assertWithinQuota(check);
        } catch (error: unknown) {
          throw naming(error, entry.first);
        }
      }
      return quotaView(check, entry.group.year, counted.staffCount);
    });
  }
}

/** Two nominations of one request for the same subject, award and year: the second meets the first. */
function refuseTwiceInRequest(nominations: readonly LockedNomination[]): void {
  const seen = new Map<string, LockedNomination>();
  for (const nomination of nominations) {
    const key = `${nomination.awardType}\u0000${nomination.year}\u0000${nomination.staffId ?? nomination.unitId}`;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new NominationAlreadyNominated({
        nominationId: nomination.id,
        subject: nomination.subjectName,
        award: nomination.awardType,
        year: nomination.year,
        otherId: other.id,
        otherUnit: other.proposingUnitName,
        otherState: other.state,
      });
    }
    seen.set(key, nomination);
  }
}

function assertWellFormed(request: NominationTransitionRequest): void {
  const details: KeyedDetail[] = [];
  if (!(NOMINATION_ACTIONS as readonly string[]).includes(request.action)) {
    details.push({ field: 'action', constraint: 'isIn', key: 'fieldErrors.isIn' });
  }
  if (request.items.length === 0) {
    details.push({ field: 'items', constraint: 'arrayMinSize', key: 'fieldErrors.arrayMinSize' });
  }
  const seen = new Set<string>();
  request.items.forEach((item, index) => {
    const id = item.id.toLowerCase();
    if (seen.has(id)) {
      details.push({ field: `items.${index}.id`, constraint: 'duplicate', key: 'fieldErrors.duplicate', params: { value: item.id } });
    }
    seen.add(id);
  });
  if (details.length > 0) {
    throw new ValidationFailed(details);
  }
}

/** The staff record of the acting user, when their account is linked to one (`users.staff_id`). */
async function staffIdOf(manager: EntityManager, userId: string): Promise<string | null> {
  const found = await one<{ staffId: string | null }>(
    manager,
    sql`SELECT (SELECT staff_id FROM users WHERE id = ${userId}::uuid) AS "staffId"`,
  );
  return found.staffId;
}

/** A refusal of the law for one nomination: the same code, the nomination named, worded for the reader. */
function naming(error: unknown, id: string): unknown {
  if (error instanceof CodedError && !(error instanceof DomainError) && isRuleCode(error.code)) {
    return new NominationRuleRefusal(error as CodedError<NominationRuleErrorCode>, id);
  }
  return error;
}
