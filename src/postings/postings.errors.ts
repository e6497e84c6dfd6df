import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';
import type { MessageKey } from '../i18n/translate.js';
import type { ObjectionResolverConflict, PostingMinimum } from '../law/index.js';

export const POSTINGS_ERRORS = {
  /** No posting has the id the path names. */
  POSTING_NOT_FOUND: 404,
  /** Fewer working days than the list's awards require (NĐ 152/2025 Điều 44 khoản 2; the in-unit setting). */
  POSTING_TOO_SHORT: 422,
  /** The period asked for would already be over today: a posting nobody could object to. */
  POSTING_ALREADY_OVER: 422,
  /** Objections are taken through the last day of the posting, not after. */
  POSTING_CLOSED: 409,
  /** The nomination has left the posting's list (withdrawn): nothing to object to any more. */
  POSTING_LINE_NOT_OPEN: 409,
  /** No objection of this posting has the id the path names. */
  OBJECTION_NOT_FOUND: 404,
  /** An objection is resolved once. */
  OBJECTION_ALREADY_RESOLVED: 409,
  /** Who raised it, the nominee, the proposer or the submitter may not rule on it. */
  OBJECTION_RESOLVER_CONFLICT: 403,
} as const satisfies ErrorStatuses;

export type PostingsErrorCode = keyof typeof POSTINGS_ERRORS;

/** dd/mm/yyyy, as the messages name dates in both languages. */
export const dayMonthYear = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export class PostingNotFound extends DomainError<PostingsErrorCode> {
  constructor(id: string) {
    super('POSTING_NOT_FOUND', `No posting with id ${id}`, [], { id });
  }
}

export class PostingTooShort extends DomainError<PostingsErrorCode> {
  constructor(given: number, minimum: PostingMinimum) {
    const params = { given, minimum: minimum.workingDays.value, source: minimum.workingDays.source, award: minimum.award };
    super(
      'POSTING_TOO_SHORT',
      `A posting of ${minimum.award} lasts at least ${minimum.workingDays.value} working days (${minimum.workingDays.source}), not ${given}`,
      [{ field: 'workingDays', constraint: 'min', key: 'postings.fieldErrors.tooShort', params }],
      params,
    );
  }
}

export class PostingAlreadyOver extends DomainError<PostingsErrorCode> {
  constructor(endsOn: string, today: string) {
    const params = { endsOn, endsOnText: dayMonthYear(endsOn), today };
    super(
      'POSTING_ALREADY_OVER',
      `A posting ending on ${endsOn} would already be over (today is ${today})`,
      [{ field: 'startsOn', constraint: 'alreadyOver', key: 'postings.fieldErrors.alreadyOver', params }],
      params,
    );
  }
}

export class PostingClosed extends DomainError<PostingsErrorCode> {
  constructor(endsOn: string) {
    super('POSTING_CLOSED', `The posting ended on ${endsOn}: objections are no longer taken`, [], {
      endsOn,
      endsOnText: dayMonthYear(endsOn),
    });
  }
}

export class PostingLineNotOpen extends DomainError<PostingsErrorCode> {
  constructor(nominationId: string, state: string) {
    super('POSTING_LINE_NOT_OPEN', `Nomination ${nominationId} is ${state}: it takes no objection`, [], { nominationId, state });
  }
}

export class ObjectionNotFound extends DomainError<PostingsErrorCode> {
  constructor(id: string) {
    super('OBJECTION_NOT_FOUND', `No objection with id ${id} on this posting`, [], { id });
  }
}

export class ObjectionAlreadyResolved extends DomainError<PostingsErrorCode> {
  constructor(id: string, resolvedAt: string) {
    super('OBJECTION_ALREADY_RESOLVED', `Objection ${id} was resolved at ${resolvedAt}`, [], { id, resolvedAt });
  }
}

export class ObjectionResolverConflicts extends DomainError<PostingsErrorCode> {
  constructor(
    id: string,
    readonly conflict: ObjectionResolverConflict,
  ) {
    super('OBJECTION_RESOLVER_CONFLICT', `Objection ${id} cannot be resolved by this user (${conflict})`, [], { id, conflict });
  }

  /** The message says why in words: raised it, the nominee, proposed or submitted the nomination. */
  override messageKey(): MessageKey {
    return `errors.OBJECTION_RESOLVER_CONFLICT.${this.conflict}`;
  }
}
