/** Domain errors of the eligibility engine; each carries a stable `code` for the error filter. */

export class NoRulebookForDate extends Error {
  readonly code = 'NO_RULEBOOK_FOR_DATE' as const;

  constructor(readonly date: string) {
    super(`No rulebook covers ${date}: the system applies Law 06/2022/QH15 from 2024-01-01 only`);
    this.name = 'NoRulebookForDate';
  }
}

export class AwardNotForSubject extends Error {
  readonly code = 'AWARD_NOT_FOR_SUBJECT' as const;

  constructor(
    readonly awardType: string,
    readonly subject: 'staff' | 'unit',
  ) {
    super(`Award ${awardType} cannot be given to a ${subject === 'staff' ? 'person' : 'collective'}`);
    this.name = 'AwardNotForSubject';
  }
}

export class UnknownAwardType extends Error {
  readonly code = 'UNKNOWN_AWARD_TYPE' as const;

  constructor(readonly awardType: string) {
    super(`Unknown award type: ${awardType}`);
    this.name = 'UnknownAwardType';
  }
}

export class InvalidDate extends Error {
  readonly code = 'INVALID_DATE' as const;

  constructor(readonly value: string) {
    super(`Not an ISO date (YYYY-MM-DD): ${value}`);
    this.name = 'InvalidDate';
  }
}
