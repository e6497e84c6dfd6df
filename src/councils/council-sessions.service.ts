import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { type KeyedDetail, OutOfScope, ValidationFailed } from '../common/errors/domain-error.js';
import { type AuthUser, isAwardCode, isUnitPathInScope } from '../kernel/index.js';
import {
  type BallotOutcome,
  ballotOutcome,
  type BallotThreshold,
  ballotThreshold,
  ballotThresholdFor,
  BallotTotalsExceedMembers,
  type Fraction,
  fourEyesConflict,
  type ProvinceRules,
  requiredVotes,
  type SessionAttendance,
  sessionAttendance,
} from '../law/index.js';
import { NominationTransitionsService, nominationsByIds, type NominationView } from '../nominations/index.js';
import { ProvinceSettingsService } from '../settings/index.js';
import {
  CouncilAwardsAttendanceNotMet,
  CouncilBallotNotFound,
  CouncilBallotsMissing,
  CouncilBallotTotalsExceed,
  CouncilBallotVersionStale,
  CouncilNoMembersOnDate,
  CouncilNominationOutsideUnit,
  CouncilQuorumNotMet,
  CouncilSessionClosed,
  CouncilSessionInFuture,
  CouncilSessionNotFound,
  CouncilSessionVersionStale,
} from './councils.errors.js';
import {
  type BallotRow,
  closeSessionRow,
  councilNumber,
  insertBallots,
  insertSession,
  insertSessionMembers,
  lockBallot,
  membersOn,
  type NewBallot,
  nextNumbers,
  nominationContexts,
  recordBallot,
  registerNumbers,
  sessionBallots,
  sessionMembers,
  sessionRow,
  type SessionRow,
  withdrawnNominations,
  writeResults,
} from './councils.repository.js';
import { pageDate, vietnamToday } from './council-dates.js';
import { readable } from './councils.service.js';
import type {
  AttendanceRuleView,
  BallotOutcomeView,
  BallotResult,
  BallotThresholdView,
  BallotView,
  CouncilSessionView,
  RecusedMemberView,
} from './councils.types.js';
import type { CloseSessionDto, OpenSessionDto, RecordBallotDto } from './dto/session.dto.js';

/** "2/3", "80 %": a share as the messages and the minutes write it. */
export const shareText = (share: Fraction): string =>
  share.denominator === 100 ? `${share.numerator} %` : `${share.numerator}/${share.denominator}`;

/** The award's threshold in the settings of the session's date; a local award the law does not know goes by a simple majority. */
export const thresholdFor = (rules: ProvinceRules, award: string): BallotThreshold =>
  isAwardCode(award) ? ballotThresholdFor(rules, award) : ballotThreshold(undefined);

const thresholdView = (threshold: BallotThreshold): BallotThresholdView =>
  threshold.kind === 'percent_of_members'
    ? { kind: threshold.kind, percent: threshold.percent, verified: threshold.verified, source: threshold.source }
    : { kind: threshold.kind, percent: null, verified: true, source: null };

const thresholdOf = (view: BallotThresholdView): BallotThreshold =>
  view.kind === 'percent_of_members'
    ? { kind: view.kind, percent: view.percent!, verified: view.verified, source: view.source ?? '' }
    : { kind: 'simple_majority_of_members' };

const attendanceRuleView = (rule: SessionAttendance['quorum']): AttendanceRuleView => ({
  numerator: rule.share.numerator,
  denominator: rule.share.denominator,
  required: rule.required,
  met: rule.met,
  verified: rule.verified,
  source: rule.source,
});

const outcomeView = (outcome: BallotOutcome): BallotOutcomeView => ({
  passed: outcome.passed,
  votesFor: outcome.votesFor,
  votesAgainst: outcome.votesAgainst,
  abstain: outcome.abstain,
  recused: outcome.recused,
  notVoting: outcome.notVoting,
  members: outcome.members,
  required: outcome.required,
  threshold: thresholdView(outcome.threshold),
});

/** The ballot's tally against the threshold (the law's integer arithmetic, counted on ALL members). */
function tally(session: Pick<SessionRow, 'membersCount' | 'presentCount'>, ballot: BallotRow, threshold: BallotThreshold): BallotOutcome {
  try {
    return countedOutcome(session, ballot, threshold);
  } catch (error: unknown) {
    if (error instanceof BallotTotalsExceedMembers) {
      throw new CouncilBallotTotalsExceed(error.total, error.limit, error.counted);
    }
    throw error;
  }
}

function countedOutcome(
  session: Pick<SessionRow, 'membersCount' | 'presentCount'>,
  ballot: BallotRow,
  threshold: BallotThreshold,
): BallotOutcome {
  return ballotOutcome(
    {
      members: session.membersCount,
      present: session.presentCount,
      for: ballot.for ?? 0,
      against: ballot.against ?? 0,
      abstain: ballot.abstain ?? 0,
      writtenFor: ballot.writtenFor ?? 0,
      writtenAgainst: ballot.writtenAgainst ?? 0,
      recused: ballot.recusedCount,
      recusedPresent: ballot.recusedPresent,
    },
    threshold,
  );
}

/**
 * A council's sessions (issue 10 "The council"): opened with the membership of their date and its
 * attendance checked against the settings in force that day (quorum, attendance for awards), the
 * nominations put on the agenda in the same transaction; ballots recorded per nomination against
 * the award's threshold counted on ALL members (NĐ 98/2023/NĐ-CP Điều 30 khoản 7; the clause of NĐ
 * 152/2025 was not found, so an unverified setting); closed once, which moves every nomination to
 * passed or failed, numbers the minutes and the tally, and freezes the session.
 */
@Injectable()
export class CouncilSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly transitions: NominationTransitionsService,
    private readonly settings: ProvinceSettingsService,
  ) {}

  async open(dto: OpenSessionDto, actor: AuthUser): Promise<CouncilSessionView> {
    if (dto.heldOn > vietnamToday()) {
      throw new CouncilSessionInFuture(dto.heldOn);
    }
    return this.dataSource.transaction(async (manager) => {
      // The council's lock: its membership cannot change while the session counts it.
      const council = await readable(manager, dto.councilId.toLowerCase(), actor, true);
      const members = await membersOn(manager, council.id, dto.heldOn);
      if (members.length === 0) {
        throw new CouncilNoMembersOnDate(dto.heldOn);
      }
      const memberIds = new Set(members.map((member) => member.id));
      const attendees = dto.attendees.map((id) => id.toLowerCase());
      const strangers: KeyedDetail[] = attendees.flatMap((id, index) =>
        memberIds.has(id)
          ? []
          : [{ field: `attendees.${index}`, constraint: 'notAMember', key: 'councils.fieldErrors.notAMember' as const, params: { id } }],
      );
      if (strangers.length > 0) {
        throw new ValidationFailed(strangers);
      }
      const settings = await this.settings.inForceOn(dto.heldOn, manager);
      const attendance = sessionAttendance(members.length, attendees.length, settings.council);
      if (!attendance.quorum.met) {
        throw new CouncilQuorumNotMet(
          attendance.present,
          attendance.members,
          attendance.quorum.required,
          shareText(attendance.quorum.share),
        );
      }
      const nominationIds = dto.nominationIds.map((id) => id.toLowerCase());
      if (nominationIds.length > 0 && !attendance.awards.met) {
        throw new CouncilAwardsAttendanceNotMet(
          attendance.present,
          attendance.members,
          attendance.awards.required,
          shareText(attendance.awards.share),
        );
      }
      const nominations = await this.agenda(manager, nominationIds, council.unitPath, council.unitName);
      if (nominationIds.length > 0) {
        // Locks the nominations in id order and refuses any not approved (409) or outside the actor's units (403).
        await this.transitions.apply(manager, actor, { items: nominationIds.map((id) => ({ id })), action: 'put_on_agenda' });
      }
      const sessionId = await insertSession(manager, {
        councilId: council.id,
        heldOn: dto.heldOn,
        place: dto.place,
        membersCount: attendance.members,
        presentCount: attendance.present,
        attendance: { quorum: attendanceRuleView(attendance.quorum), awards: attendanceRuleView(attendance.awards) },
        createdBy: actor.id,
      });
      const present = new Set(attendees);
      const counted = members.map((member) => ({ ...member, present: present.has(member.id) }));
      await insertSessionMembers(manager, sessionId, counted);
      const ballots: NewBallot[] = nominations.map(({ view, nomineeUserId }) => ({
        nominationId: view.id,
        awardType: view.awardType,
        subjectName: view.subjectName,
        unitName: view.proposedByUnitName,
        recused: counted.flatMap((member): RecusedMemberView[] => {
          const conflict = fourEyesConflict(member, {
            nomineeStaffId: view.staffId,
            nomineeUserId,
            proposedByUserId: view.proposedBy,
            submittedByUserId: view.submittedBy,
          });
          return conflict === null ? [] : [{ memberId: member.id, name: member.name, conflict, present: member.present }];
        }),
      }));
      await insertBallots(manager, sessionId, ballots);
      await this.audit.record(manager, actor, {
        entity: 'council-sessions',
        entityId: sessionId,
        action: 'create',
        after: {
          councilId: council.id,
          heldOn: dto.heldOn,
          place: dto.place,
          members: attendance.members,
          present: attendance.present,
          attendees,
          nominationIds,
        },
      });
      return this.view(manager, sessionId, settings.rules);
    });
  }

  /** The session, its attendance and its ballots; 404, or 403 outside the reader's units. */
  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<CouncilSessionView> {
    const session = await readableSession(manager, id, user);
    return this.view(manager, id, (await this.settings.inForceOn(session.heldOn, manager)).rules);
  }

  /** Records (or records again) one nomination's ballot, checked against the members eligible to vote. */
  async recordBallot(id: string, nominationId: string, dto: RecordBallotDto, actor: AuthUser): Promise<BallotView> {
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: ballots of one session go side by side; a close (FOR UPDATE) waits for them, and they for it.
      const session = await readableSession(manager, id, actor, 'share');
      if (session.state === 'closed') {
        throw new CouncilSessionClosed(pageDate(session.heldOn));
      }
      const before = await lockBallot(manager, id, nominationId.toLowerCase());
      if (before === undefined) {
        throw new CouncilBallotNotFound(nominationId);
      }
      if (dto.version !== undefined && dto.version !== before.version) {
        throw new CouncilBallotVersionStale(before.nominationId, dto.version, before.version);
      }
      const counts = {
        for: dto.for,
        against: dto.against,
        abstain: dto.abstain ?? 0,
        writtenFor: dto.writtenFor ?? 0,
        writtenAgainst: dto.writtenAgainst ?? 0,
      };
      const { rules } = await this.settings.inForceOn(session.heldOn, manager);
      // Throws BALLOT_TOTALS_EXCEED_MEMBERS (422) for counts no ballot of this council can have.
      const outcome = tally(session, { ...before, ...counts }, thresholdFor(rules, before.awardType));
      const version = await recordBallot(manager, id, before.nominationId, counts, actor.id);
      await this.audit.record(manager, actor, {
        entity: 'council-ballots',
        entityId: before.nominationId,
        action: before.for === null ? 'create' : 'update',
        before: before.for === null ? null : { sessionId: id, ...countsOf(before), version: before.version },
        after: { sessionId: id, ...counts, version, votesFor: outcome.votesFor, required: outcome.required, passed: outcome.passed },
      });
      return ballotView(session, { ...before, ...counts, version }, outcome, false, outcome.threshold);
    });
  }

  /**
   * Closes the session: every recorded ballot is measured against its threshold, each nomination
   * becomes passed or failed (the law's transitions, logged), the minutes and the tally take the
   * council's next two numbers of the year, and the session is frozen. All or nothing.
   */
  async close(id: string, dto: CloseSessionDto, actor: AuthUser): Promise<CouncilSessionView> {
    return this.dataSource.transaction(async (manager) => {
      const session = await readableSession(manager, id, actor, 'update');
      if (session.state === 'closed') {
        throw new CouncilSessionClosed(pageDate(session.heldOn));
      }
      if (dto.version !== undefined && dto.version !== session.version) {
        throw new CouncilSessionVersionStale(dto.version, session.version);
      }
      const ballots = await sessionBallots(manager, id, true);
      const withdrawn = await withdrawnAmong(manager, ballots);
      const voted = ballots.filter((ballot) => !withdrawn.has(ballot.nominationId));
      const missing = voted.filter((ballot) => ballot.for === null);
      if (missing.length > 0) {
        throw new CouncilBallotsMissing(missing.map((ballot) => ballot.subjectName));
      }
      const { rules } = await this.settings.inForceOn(session.heldOn, manager);
      const results = voted.map((ballot) => {
        const outcome = tally(session, ballot, thresholdFor(rules, ballot.awardType));
        return {
          nominationId: ballot.nominationId,
          result: (outcome.passed ? 'passed' : 'failed') as BallotResult,
          threshold: thresholdView(outcome.threshold),
          required: outcome.required,
          votesFor: outcome.votesFor,
        };
      });
      for (const [result, action] of [
        ['passed', 'pass'],
        ['failed', 'fail'],
      ] as const) {
        const items = results.filter((each) => each.result === result).map((each) => ({ id: each.nominationId }));
        if (items.length > 0) {
          await this.transitions.apply(manager, actor, { items, action });
        }
      }
      const year = Number(session.heldOn.slice(0, 4));
      const numbers = await nextNumbers(manager, session.councilId, year);
      await registerNumbers(manager, session.councilId, year, id, numbers);
      await writeResults(manager, id, results);
      await closeSessionRow(manager, id, { year, ...numbers, actorId: actor.id });
      // One entry for the session with every result; each nomination's move is audited by its transition.
      await this.audit.record(manager, actor, {
        entity: 'council-sessions',
        entityId: id,
        action: 'close',
        before: { state: 'open', version: session.version },
        after: {
          state: 'closed',
          version: session.version + 1,
          minutesNumber: councilNumber(numbers.minutes, session.councilSymbol),
          tallyNumber: councilNumber(numbers.tally, session.councilSymbol),
          passed: results.filter((each) => each.result === 'passed').length,
          failed: results.filter((each) => each.result === 'failed').length,
          results: results.map((each) => ({
            nominationId: each.nominationId,
            result: each.result,
            votesFor: each.votesFor,
            required: each.required,
          })),
        },
      });
      return this.view(manager, id, rules);
    });
  }

  /** The session as the API answers it; an open session's outcomes measured against `rules` (the settings of its date). */
  async view(manager: EntityManager, id: string, rules: ProvinceRules): Promise<CouncilSessionView> {
    const session = (await sessionRow(manager, id))!;
    const [members, ballots] = [await sessionMembers(manager, id), await sessionBallots(manager, id)];
    const withdrawn = session.state === 'open' ? await withdrawnAmong(manager, ballots) : new Set<string>();
    return {
      id: session.id,
      councilId: session.councilId,
      councilName: session.councilName,
      unitId: session.unitId,
      unitName: session.unitName,
      heldOn: session.heldOn,
      place: session.place,
      state: session.state,
      version: session.version,
      attendance: {
        members: session.membersCount,
        present: session.presentCount,
        absent: session.membersCount - session.presentCount,
        quorum: session.attendance.quorum,
        awards: session.attendance.awards,
      },
      members,
      ballots: ballots.map((ballot) => {
        // A closed session prints what it stored: the threshold it used, whatever the settings say since.
        const threshold = ballot.threshold === null ? thresholdFor(rules, ballot.awardType) : thresholdOf(ballot.threshold);
        const outcome = ballot.for === null ? null : tally(session, ballot, threshold);
        return ballotView(session, ballot, outcome, withdrawn.has(ballot.nominationId), threshold);
      }),
      minutesNumber: session.minutesNumber === null ? null : councilNumber(session.minutesNumber, session.councilSymbol),
      tallyNumber: session.tallyNumber === null ? null : councilNumber(session.tallyNumber, session.councilSymbol),
      closedAt: session.closedAt,
      createdAt: session.createdAt,
    };
  }

  /**
   * The nominations asked for, as the public reader gives them, each known and proposed within the
   * council's unit or its sub-units (the states, the scope and the four eyes are the transitions').
   */
  private async agenda(
    manager: EntityManager,
    ids: readonly string[],
    unitPath: string,
    unitName: string,
  ): Promise<Array<{ view: NominationView; nomineeUserId: string | null }>> {
    if (ids.length === 0) {
      return [];
    }
    const views = new Map((await nominationsByIds(manager, ids)).map((view) => [view.id, view]));
    const contexts = new Map((await nominationContexts(manager, ids)).map((context) => [context.id, context]));
    const unknown: KeyedDetail[] = ids.flatMap((id, index) =>
      views.has(id)
        ? []
        : [
            {
              field: `nominationIds.${index}`,
              constraint: 'unknownNomination',
              key: 'councils.fieldErrors.unknownNomination' as const,
              params: { id },
            },
          ],
    );
    if (unknown.length > 0) {
      throw new ValidationFailed(unknown);
    }
    for (const id of ids) {
      if (!contexts.get(id)!.proposingUnitPath.startsWith(unitPath)) {
        throw new CouncilNominationOutsideUnit(id, views.get(id)!.subjectName, unitName);
      }
    }
    return ids.map((id) => ({ view: views.get(id)!, nomineeUserId: contexts.get(id)!.nomineeUserId }));
  }
}

/** The session, or 404; 403 when its council's unit is outside the user's. */
export async function readableSession(
  manager: EntityManager,
  id: string,
  user: AuthUser,
  lock: 'update' | 'share' | null = null,
): Promise<SessionRow> {
  const session = await sessionRow(manager, id.toLowerCase(), lock);
  if (session === undefined) {
    throw new CouncilSessionNotFound(id);
  }
  if (!isUnitPathInScope(user, session.unitPath)) {
    throw new OutOfScope();
  }
  return session;
}

/** The nominations of the agenda withdrawn since (a withdrawal is allowed from on_agenda): no ballot, no result. */
const withdrawnAmong = (manager: EntityManager, ballots: readonly BallotRow[]): Promise<Set<string>> =>
  withdrawnNominations(
    manager,
    ballots.map((ballot) => ballot.nominationId),
  );

const countsOf = (ballot: BallotRow) => ({
  for: ballot.for,
  against: ballot.against,
  abstain: ballot.abstain,
  writtenFor: ballot.writtenFor,
  writtenAgainst: ballot.writtenAgainst,
});

function ballotView(
  session: SessionRow,
  ballot: BallotRow,
  outcome: BallotOutcome | null,
  withdrawn: boolean,
  threshold: BallotThreshold,
): BallotView {
  return {
    nominationId: ballot.nominationId,
    ordinal: ballot.ordinal,
    awardType: ballot.awardType,
    awardName: ballot.awardName,
    subjectName: ballot.subjectName,
    unitName: ballot.unitName,
    recused: ballot.recused,
    eligibleVoters: session.membersCount - ballot.recusedCount,
    threshold: thresholdView(threshold),
    required: requiredVotes(threshold, session.membersCount),
    recorded: ballot.for !== null,
    ...countsOf(ballot),
    version: ballot.version,
    outcome: outcome === null ? null : outcomeView(outcome),
    result: ballot.result,
    withdrawn,
  };
}
