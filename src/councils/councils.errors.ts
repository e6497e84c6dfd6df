import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses, HttpStatus } from '../common/errors/error-codes.js';
import type { CouncilErrorCode } from '../law/index.js';

/**
 * The statuses of the law's council codes (src/law/council/council.errors.ts): counts that cannot
 * describe a real ballot or meeting are a 422 beside what was typed. Typed by the law's own list, so a
 * code the rules add does not compile until it has a status here.
 */
const RULE_STATUSES = {
  /** A count that is not a whole number ≥ 0, a council without members on the date. */
  INVALID_COUNCIL_COUNT: 422,
  /** Votes, written votes and recused members together outnumber the members eligible to vote (or those present, or absent). */
  BALLOT_TOTALS_EXCEED_MEMBERS: 422,
  /** A threshold or attendance share in the settings that cannot be applied. */
  INVALID_COUNCIL_THRESHOLD: 422,
} as const satisfies Record<CouncilErrorCode, HttpStatus>;

export const COUNCILS_ERRORS = {
  ...RULE_STATUSES,
  COUNCIL_NOT_FOUND: 404,
  COUNCIL_MEMBER_NOT_FOUND: 404,
  COUNCIL_SESSION_NOT_FOUND: 404,
  /** The nomination is not on this session's agenda. */
  COUNCIL_BALLOT_NOT_FOUND: 404,
  /** Nobody was a member of the council on the session's date. */
  COUNCIL_NO_MEMBERS_ON_DATE: 422,
  /** Too few members present for the council to meet (e.g. ≥ 2/3), with the numbers. */
  COUNCIL_QUORUM_NOT_MET: 422,
  /** Too few present for a session that considers awards (e.g. ≥ 80 %), with the numbers. */
  COUNCIL_AWARDS_ATTENDANCE_NOT_MET: 422,
  /** A nomination proposed outside the council's unit and its sub-units. */
  COUNCIL_NOMINATION_OUTSIDE_UNIT: 422,
  /** A session dated after today: a council records what it has held. */
  COUNCIL_SESSION_IN_FUTURE: 422,
  /** Closing before every ballot on the agenda is recorded. */
  COUNCIL_BALLOTS_MISSING: 422,
  /** Any change to a closed session, its attendance or its ballots (refused by the service, and by triggers beneath it). */
  COUNCIL_SESSION_CLOSED: 409,
  COUNCIL_SESSION_VERSION_STALE: 409,
  /** A ballot recorded on a version someone else has already changed. */
  COUNCIL_BALLOT_VERSION_STALE: 409,
  COUNCIL_MEMBER_ALREADY_ENDED: 409,
  /** A change of membership that would rewrite whom a session held already counted. */
  COUNCIL_MEMBERSHIP_COUNTED: 409,
  /** The same person twice among the members over overlapping periods. */
  COUNCIL_MEMBER_DUPLICATE: 409,
  /** The council's register of numbers is never rewritten (a trigger). */
  COUNCIL_NUMBER_IMMUTABLE: 409,
} as const satisfies ErrorStatuses;

export type CouncilsErrorCode = keyof typeof COUNCILS_ERRORS;

export class CouncilNotFound extends DomainError<CouncilsErrorCode> {
  constructor(id: string) {
    super('COUNCIL_NOT_FOUND', `No council with id ${id}`, [], { id });
  }
}

export class CouncilMemberNotFound extends DomainError<CouncilsErrorCode> {
  constructor(id: string) {
    super('COUNCIL_MEMBER_NOT_FOUND', `No member with id ${id} in this council`, [], { id });
  }
}

export class CouncilSessionNotFound extends DomainError<CouncilsErrorCode> {
  constructor(id: string) {
    super('COUNCIL_SESSION_NOT_FOUND', `No council session with id ${id}`, [], { id });
  }
}

export class CouncilBallotNotFound extends DomainError<CouncilsErrorCode> {
  constructor(nominationId: string) {
    super('COUNCIL_BALLOT_NOT_FOUND', `Nomination ${nominationId} is not on this session's agenda`, [], { nominationId });
  }
}

export class CouncilNoMembersOnDate extends DomainError<CouncilsErrorCode> {
  constructor(date: string) {
    super('COUNCIL_NO_MEMBERS_ON_DATE', `The council had no members on ${date}`, [], { date });
  }
}

/** "2/3", "80 %": how a share reads in a message. */
export type ShareText = string;

export class CouncilQuorumNotMet extends DomainError<CouncilsErrorCode> {
  constructor(present: number, members: number, required: number, share: ShareText) {
    super(
      'COUNCIL_QUORUM_NOT_MET',
      `${present} of ${members} members present; the council meets with at least ${required} (${share})`,
      [],
      {
        present,
        members,
        required,
        share,
      },
    );
  }
}

export class CouncilAwardsAttendanceNotMet extends DomainError<CouncilsErrorCode> {
  constructor(present: number, members: number, required: number, share: ShareText) {
    super(
      'COUNCIL_AWARDS_ATTENDANCE_NOT_MET',
      `${present} of ${members} members present; a session that considers awards needs at least ${required} (${share})`,
      [],
      { present, members, required, share },
    );
  }
}

export class CouncilNominationOutsideUnit extends DomainError<CouncilsErrorCode> {
  constructor(nominationId: string, subject: string, unit: string) {
    super('COUNCIL_NOMINATION_OUTSIDE_UNIT', `The nomination of ${subject} was not proposed within ${unit}`, [], {
      nominationId,
      subject,
      unit,
    });
  }
}

export class CouncilSessionInFuture extends DomainError<CouncilsErrorCode> {
  constructor(heldOn: string) {
    super('COUNCIL_SESSION_IN_FUTURE', `A session held on ${heldOn} is after today`, [], { heldOn });
  }
}

export class CouncilBallotsMissing extends DomainError<CouncilsErrorCode> {
  constructor(names: readonly string[]) {
    super('COUNCIL_BALLOTS_MISSING', `No ballot recorded yet for ${names.join(', ')}`, [], {
      count: names.length,
      names: names.join(', '),
    });
  }
}

export class CouncilSessionClosed extends DomainError<CouncilsErrorCode> {
  /** `heldOn` as the pages write it (dd/mm/yyyy), as the database's trigger words it too. */
  constructor(heldOn: string) {
    super('COUNCIL_SESSION_CLOSED', `The session of ${heldOn} is closed: its results cannot change`, [], { heldOn });
  }
}

export class CouncilSessionVersionStale extends DomainError<CouncilsErrorCode> {
  constructor(given: number, current: number) {
    super('COUNCIL_SESSION_VERSION_STALE', `Version ${given} of the session is stale; it is at version ${current}`, [], { given, current });
  }
}

export class CouncilBallotVersionStale extends DomainError<CouncilsErrorCode> {
  constructor(nominationId: string, given: number, current: number) {
    super('COUNCIL_BALLOT_VERSION_STALE', `Version ${given} of the ballot is stale; it is at version ${current}`, [], {
      nominationId,
      given,
      current,
    });
  }
}

export class CouncilMemberAlreadyEnded extends DomainError<CouncilsErrorCode> {
  constructor(name: string, to: string) {
    super('COUNCIL_MEMBER_ALREADY_ENDED', `${name} left the council on ${to}`, [], { name, to });
  }
}

export class CouncilMembershipCounted extends DomainError<CouncilsErrorCode> {
  constructor(name: string, heldOn: string) {
    super('COUNCIL_MEMBERSHIP_COUNTED', `The session of ${heldOn} counted the council without this change for ${name}`, [], {
      name,
      heldOn,
    });
  }
}

export class CouncilMemberDuplicate extends DomainError<CouncilsErrorCode> {
  constructor(name: string) {
    super('COUNCIL_MEMBER_DUPLICATE', `${name} is already a member of the council over that period`, [], { name });
  }
}

/**
 * The law's BALLOT_TOTALS_EXCEED_MEMBERS as this feature answers it: worded per what was exceeded
 * (the council, those present, the absent), beside the field that carries the excess.
 */
export class CouncilBallotTotalsExceed extends DomainError<CouncilsErrorCode> {
  constructor(
    total: number,
    limit: number,
    readonly counted: 'members' | 'present' | 'absent',
  ) {
    const field = counted === 'absent' ? 'writtenFor' : 'for';
    super(
      'BALLOT_TOTALS_EXCEED_MEMBERS',
      `The ballot counts ${total}, more than the ${limit} ${counted} members`,
      [{ field, constraint: 'ballotTotals', key: `errors.BALLOT_TOTALS_EXCEED_MEMBERS.${counted}`, params: { total, limit } }],
      {
        total,
        limit,
        counted,
      },
    );
  }

  override messageKey(): string {
    return `errors.BALLOT_TOTALS_EXCEED_MEMBERS.${this.counted}`;
  }
}
