import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '../audit/index.js';
import { CalendarService } from '../calendar/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { OutOfScope, ValidationFailed, type KeyedDetail } from '../common/errors/domain-error.js';
import type { Page } from '../common/paging/page-query.js';
import { one, sql } from '../database/sql.js';
import { enqueue, JobsService } from '../jobs/index.js';
import { type AuthUser, hasAnyRole, isUnitPathInScope, scopePatterns } from '../kernel/index.js';
import { objectionResolverConflict, objectionsOpenOn, postingMinimumFor, type PostingMinimum } from '../law/index.js';
import { NominationTransitionsService, nominationsByIds } from '../nominations/index.js';
import { ProvinceSettingsService } from '../settings/index.js';
import type { CreatePostingDto } from './dto/create-posting.dto.js';
import type { ListPostingsQuery } from './dto/list-postings.query.js';
import type { CreateObjectionDto, ResolveObjectionDto } from './dto/objection.dto.js';
import type { NominationPostingView, ObjectionView, PostingSummaryView, PostingView } from './posting.types.js';
import { PostingsClock, postingClosesAt } from './postings-clock.js';
import {
  dayMonthYear,
  ObjectionAlreadyResolved,
  ObjectionNotFound,
  ObjectionResolverConflicts,
  PostingAlreadyOver,
  PostingClosed,
  PostingLineNotOpen,
  PostingNotFound,
  PostingTooShort,
} from './postings.errors.js';
import {
  insertObjection,
  insertPosting,
  listPostings,
  lockLineNomination,
  objectionOf,
  postableNominations,
  type PostableNomination,
  postingLines,
  postingObjections,
  postingRow,
  postingsOfNominations,
  releasePostingHolds,
  resolveObjection,
} from './postings.sql.js';

/** The job that releases a posting's holds once its last day has passed. */
export const POSTING_END_JOB = 'posting.end';

/** At most this many passed nominations are offered on the create form (a round's list is far smaller). */
const POSTABLE_LIMIT = 2_000;

/** Who reads every objection with its author, and resolves them: the council's secretaries (and admins). */
const isCouncil = (user: AuthUser): boolean => hasAnyRole(user, ['council_secretary']);

/**
 * Public postings (công khai) of passed nominations, issue 10 and domain-rules §4.4. Creating one
 * moves its nominations to `posted` through the nominations' transitions (the law's table and its
 * four-eyes rule, in the same transaction) and holds each of them until the period is over, so
 * none is proposed upward or decided before the public has had its working days. Objections are
 * recorded with who and when, hold their nomination until resolved, and are resolved by the
 * council's secretary, never by who raised them nor by whoever carried the nomination.
 */
@Injectable()
export class PostingsService implements OnModuleInit {
  private readonly logger = new Logger('Postings');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly settings: ProvinceSettingsService,
    private readonly transitions: NominationTransitionsService,
    private readonly jobs: JobsService,
    private readonly clock: PostingsClock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ postingId: string }>(POSTING_END_JOB, async (payload) => {
      await this.end(payload.postingId);
    });
  }

  /**
   * The posting of `nominationIds` from `startsOn` for `workingDays` (default: the minimum of their
   * awards on that date), ending on the working day the calendar counts. Refused with nothing written:
   * an unknown nomination (400), one outside the secretary's units (403), fewer days than the minimum
   * (422 naming it), a period already over (422), a year the calendar lacks (422), a nomination not
   * `passed` or posted by someone the four-eyes rule keeps from it (the transitions' 409 and 403).
   */
  async create(dto: CreatePostingDto, actor: AuthUser): Promise<PostingView> {
    const ids = dto.nominationIds.map((id) => id.toLowerCase());
    const found = await nominationsByIds(this.dataSource.manager, ids);
    const byId = new Map(found.map((nomination) => [nomination.id, nomination]));
    const unknown: KeyedDetail[] = ids.flatMap((id, index) =>
      byId.has(id)
        ? []
        : [
            {
              field: `nominationIds.${index}`,
              constraint: 'unknownNomination',
              key: 'postings.fieldErrors.unknownNomination',
              params: { id },
            },
          ],
    );
    if (unknown.length > 0) {
      throw new ValidationFailed(unknown);
    }
    await assertSubjectsInScope(this.dataSource.manager, actor, { unitIds: [...new Set(found.map((n) => n.proposedByUnitId))] });

    const inForce = await this.settings.inForceOn(dto.startsOn);
    const minimum = postingMinimumFor(
      found.map((nomination) => nomination.awardType),
      inForce.rules,
      inForce.postingWorkingDays.stateLevel,
    );
    const workingDays = dto.workingDays ?? minimum.workingDays.value;
    if (workingDays < minimum.workingDays.value) {
      throw new PostingTooShort(workingDays, minimum);
    }
    // Read outside the transaction: the calendar reads through its own connection (the embedded database has one).
    const endsOn = await this.calendar.endOfWorkingDays(dto.startsOn, workingDays);
    const today = this.clock.today();
    if (endsOn < today) {
      throw new PostingAlreadyOver(endsOn, today);
    }

    const id = await this.dataSource.transaction(async (manager) => {
      await this.transitions.apply(manager, actor, { items: ids.map((each) => ({ id: each })), action: 'post' });
      const postingId = await insertPosting(
        manager,
        { startsOn: dto.startsOn, endsOn, workingDays, minimum: minimumColumns(minimum), actor: { id: actor.id, name: actor.fullName } },
        ids,
        `Đang công khai đến hết ngày ${dayMonthYear(endsOn)}`,
      );
      await enqueue(
        manager,
        POSTING_END_JOB,
        { postingId },
        {
          runAfter: postingClosesAt(endsOn),
          dedupeKey: `${POSTING_END_JOB}:${postingId}`,
          owner: { kind: 'posting', id: postingId },
        },
      );
      await this.audit.record(manager, actor, {
        entity: 'postings',
        entityId: postingId,
        action: 'create',
        before: null,
        after: { startsOn: dto.startsOn, endsOn, workingDays, minimum: minimumColumns(minimum), nominationIds: [...ids].sort() },
      });
      return postingId;
    });
    return this.get(id, actor);
  }

  /**
   * The posting, for anyone signed in whose units propose one of its nominations (viewers too: it is
   * public within the unit), 403 for others. Council secretaries and admins read every objection;
   * anyone else their own (the count per line is public).
   */
  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<PostingView> {
    const posting = await postingRow(manager, id);
    if (posting === undefined) {
      throw new PostingNotFound(id);
    }
    const lines = await postingLines(manager, id);
    if (!lines.some((line) => isUnitPathInScope(user, line.proposingUnitPath))) {
      throw new OutOfScope();
    }
    const objections = await postingObjections(manager, id, isCouncil(user) ? null : user.id);
    return {
      id: posting.id,
      startsOn: posting.startsOn,
      endsOn: posting.endsOn,
      workingDays: posting.workingDays,
      minimum: {
        workingDays: posting.minimumWorkingDays,
        source: posting.minimumSource,
        verified: posting.minimumVerified,
        stateLevel: posting.minimumStateLevel,
      },
      open: objectionsOpenOn(posting.endsOn, this.clock.today()),
      holdsReleasedAt: posting.holdsReleasedAt,
      createdBy: posting.createdBy,
      createdByName: posting.createdByName,
      createdAt: posting.createdAt,
      lines: lines.map(({ proposingUnitPath: _path, ...line }) => line),
      objections,
    };
  }

  /** The postings of the reader's units, newest first. */
  async list(query: ListPostingsQuery, user: AuthUser): Promise<Page<PostingSummaryView>> {
    const found = await listPostings(this.dataSource.manager, {
      scopePatterns: scopePatterns(user),
      unitId: query.unitId ?? null,
      open: query.open === undefined || query.open === null ? null : query.open === 'true',
      today: this.clock.today(),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { ...found, page: query.page, pageSize: query.pageSize };
  }

  /**
   * An objection to one line, by anyone who may read the posting, through its last day (Vietnam
   * time; after it, 409 naming the day). It holds the nomination (`nomination_holds`, kind
   * 'objection') until resolved. Audited with its text.
   */
  async object(postingId: string, dto: CreateObjectionDto, actor: AuthUser): Promise<ObjectionView> {
    return this.dataSource.transaction(async (manager) => {
      const posting = await this.get(postingId, actor, manager);
      if (!objectionsOpenOn(posting.endsOn, this.clock.today())) {
        throw new PostingClosed(posting.endsOn);
      }
      const nominationId = dto.nominationId.toLowerCase();
      const line = await lockLineNomination(manager, postingId, nominationId);
      if (line === undefined) {
        throw new ValidationFailed([
          { field: 'nominationId', constraint: 'notOnPosting', key: 'postings.fieldErrors.notOnPosting', params: { id: nominationId } },
        ]);
      }
      if (line.state !== 'posted') {
        throw new PostingLineNotOpen(nominationId, line.state);
      }
      const id = await insertObjection(manager, { postingId, nominationId, text: dto.text, actor: { id: actor.id, name: actor.fullName } });
      const objection = (await objectionOf(manager, postingId, id))!;
      await this.audit.record(manager, actor, {
        entity: 'posting_objections',
        entityId: id,
        action: 'create',
        before: null,
        after: { postingId, nominationId, text: dto.text },
      });
      return objection;
    });
  }

  /**
   * The council's answer to an objection (council secretaries within the nomination's units, and
   * admins), at any time, once. Not upheld: the objection's hold is released (the posting's own hold
   * stays until its period is over). Upheld: the hold stays, so the nomination cannot move on; its
   * proposer or the unit's manager withdraws it (the only move a hold lets through). Refused to who
   * raised the objection and to whoever the four-eyes rule keeps from the nomination (403).
   */
  async resolve(postingId: string, objectionId: string, dto: ResolveObjectionDto, actor: AuthUser): Promise<ObjectionView> {
    return this.dataSource.transaction(async (manager) => {
      await this.get(postingId, actor, manager);
      const before = await objectionOf(manager, postingId, objectionId.toLowerCase(), true);
      if (before === undefined) {
        throw new ObjectionNotFound(objectionId);
      }
      const line = (await lockLineNomination(manager, postingId, before.nominationId))!;
      if (!isUnitPathInScope(actor, line.proposingUnitPath)) {
        throw new OutOfScope();
      }
      if (before.resolvedAt !== null) {
        throw new ObjectionAlreadyResolved(before.id, before.resolvedAt);
      }
      const conflict = objectionResolverConflict(
        { userId: actor.id, staffId: await this.staffIdOf(manager, actor.id) },
        before.objectorId,
        {
          nomineeStaffId: line.staffId,
          nomineeUserId: line.nomineeUserId,
          proposedByUserId: line.proposedBy,
          submittedByUserId: line.submittedBy,
        },
      );
      if (conflict !== null) {
        throw new ObjectionResolverConflicts(before.id, conflict);
      }
      const released = await resolveObjection(manager, before.id, {
        text: dto.resolution,
        upheld: dto.upheld,
        actor: { id: actor.id, name: actor.fullName },
      });
      const after = (await objectionOf(manager, postingId, before.id))!;
      await this.audit.record(manager, actor, {
        entity: 'posting_objections',
        entityId: before.id,
        action: 'resolve',
        before: { resolvedAt: null, resolution: null, upheld: null },
        after: { resolution: dto.resolution, upheld: dto.upheld, holdReleased: released, nominationId: before.nominationId },
      });
      return after;
    });
  }

  /**
   * The end of a posting (the `posting.end` job, due the day after its last day): its holds are
   * released, audited as the system's act. Idempotent; early (a clock behind the database's), it
   * comes back later rather than releasing before the period is over.
   */
  async end(postingId: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const posting = await postingRow(manager, postingId, true);
      if (posting === undefined || posting.holdsReleasedAt !== null) {
        return [];
      }
      if (objectionsOpenOn(posting.endsOn, this.clock.today())) {
        const later = new Date(Math.max(postingClosesAt(posting.endsOn).getTime(), this.clock.now().getTime() + 60_000));
        await enqueue(manager, POSTING_END_JOB, { postingId }, { runAfter: later, owner: { kind: 'posting', id: postingId } });
        return [];
      }
      const released = await releasePostingHolds(manager, postingId);
      await this.audit.record(manager, SYSTEM_ACTOR, {
        entity: 'postings',
        entityId: postingId,
        action: 'release-holds',
        before: { holdsReleasedAt: null },
        after: { endsOn: posting.endsOn, releasedFor: released },
      });
      this.logger.log(`Posting ${postingId} ended on ${posting.endsOn}: ${released.length} nominations may move on`);
      return released;
    });
  }

  /** The passed nominations the secretary may post (within their units), for the create form. */
  postable(user: AuthUser): Promise<PostableNomination[]> {
    return postableNominations(this.dataSource.manager, scopePatterns(user), POSTABLE_LIMIT);
  }

  /** The settings in force today for the create form's hint: the in-unit and the State-level days. */
  async defaultsToday() {
    const inForce = await this.settings.inForceOn(this.clock.today());
    return { today: this.clock.today(), inUnit: inForce.postingWorkingDays.inUnit, stateLevel: inForce.postingWorkingDays.stateLevel };
  }

  /** Where these nominations were posted (for other features' pages); no scope check: the caller's. */
  postingsOf(nominationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<NominationPostingView[]> {
    return postingsOfNominations(manager, nominationIds);
  }

  /** The staff record of the acting user, when their account is linked to one (`users.staff_id`): the four-eyes rule reads it. */
  private async staffIdOf(manager: EntityManager, userId: string): Promise<string | null> {
    const found = await one<{ staffId: string | null }>(
      manager,
      sql`SELECT (SELECT staff_id FROM users WHERE id = ${userId}::uuid) AS "staffId"`,
    );
    return found.staffId;
  }
}

const minimumColumns = (minimum: PostingMinimum) => ({
  workingDays: minimum.workingDays.value,
  source: minimum.workingDays.source,
  verified: minimum.workingDays.verified,
  stateLevel: minimum.stateLevel,
});
