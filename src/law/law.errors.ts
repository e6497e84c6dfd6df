import { CodedError, type SubjectKind } from '../kernel/index.js';

/** Errors of the eligibility engine: the question asked has no answer in the law as modelled. */

export class NoRulebookForDate extends CodedError<'NO_RULEBOOK_FOR_DATE'> {
  constructor(readonly date: string) {
    super('NO_RULEBOOK_FOR_DATE', `No rulebook covers ${date}: the system applies Law 06/2022/QH15 from 2024-01-01 only`, { date });
  }
}

export class AwardNotForSubject extends CodedError<'AWARD_NOT_FOR_SUBJECT'> {
  constructor(
    readonly awardType: string,
    readonly subject: SubjectKind,
  ) {
    super('AWARD_NOT_FOR_SUBJECT', `Award ${awardType} cannot be given to a ${subject === 'staff' ? 'person' : 'collective'}`, {
      awardType,
      subject,
    });
  }
}

export class UnknownAwardType extends CodedError<'UNKNOWN_AWARD_TYPE'> {
  constructor(readonly awardType: string) {
    super('UNKNOWN_AWARD_TYPE', `Unknown award type: ${awardType}`, { awardType });
  }
}

export class InvalidDate extends CodedError<'INVALID_DATE'> {
  constructor(readonly value: string) {
    super('INVALID_DATE', `Not an ISO date (YYYY-MM-DD): ${value}`, { value });
  }
}

/** Every code the engine throws: its adapter (`eligibility/eligibility.errors.ts`) gives each an HTTP status. */
export type LawErrorCode = NoRulebookForDate['code'] | AwardNotForSubject['code'] | UnknownAwardType['code'] | InvalidDate['code'];
