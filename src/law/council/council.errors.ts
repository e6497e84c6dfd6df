import { CodedError } from '../../kernel/index.js';

/** Errors of the council's counting rules: the numbers given cannot describe a real ballot or meeting. */

/** A count that is not a whole number ≥ 0 (or a council without members). */
export class InvalidCouncilCount extends CodedError<'INVALID_COUNCIL_COUNT'> {
  constructor(
    readonly field: string,
    readonly value: number,
  ) {
    super('INVALID_COUNCIL_COUNT', `${field} must be a whole number${field === 'members' ? ' ≥ 1' : ' ≥ 0'}: ${value}`, {
      field,
      value,
    });
  }
}

/** Votes, written votes and recused members together outnumber the council (or those present). */
export class BallotTotalsExceedMembers extends CodedError<'BALLOT_TOTALS_EXCEED_MEMBERS'> {
  constructor(
    readonly total: number,
    readonly limit: number,
    readonly counted: 'members' | 'present' | 'absent',
  ) {
    super('BALLOT_TOTALS_EXCEED_MEMBERS', `The ballot counts ${total}, more than the ${limit} ${counted} members of the council`, {
      total,
      limit,
      counted,
    });
  }
}

/** A threshold setting outside 1–100 % or not a whole percent; an attendance share that is not n/d with 0 < n ≤ d. */
export class InvalidCouncilThreshold extends CodedError<'INVALID_COUNCIL_THRESHOLD'> {
  constructor(readonly value: number | string) {
    super(
      'INVALID_COUNCIL_THRESHOLD',
      `A council threshold must be a whole percent from 1 to 100, or a share n/d of whole numbers with 0 < n ≤ d: ${value}`,
      {
        value,
      },
    );
  }
}

/** Every code the council rules throw; the councils feature's adapter gives each an HTTP status (all 400). */
export type CouncilErrorCode = InvalidCouncilCount['code'] | BallotTotalsExceedMembers['code'] | InvalidCouncilThreshold['code'];
