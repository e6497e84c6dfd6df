import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';
import type { SubjectKind } from '../kernel/index.js';
import type { MessageKey } from '../i18n/translate.js';
import { type Finding, type Findings, refusalDetails } from '../common/validation/plausibility.js';

/**
 * The award history. Each "already recorded" names the field the form shows it beside. (An end
 * before its start, an unknown or unusable award type, are VALIDATION_FAILED on their field.)
 */
export const HISTORY_ERRORS = {
  /** The same award for the same year, to the same subject (Law 06/2022 Art. 5: one achievement, one award). */
  AWARD_ALREADY_RECORDED: 409,
  AWARD_ALREADY_REVOKED: 409,
  INITIATIVE_ALREADY_RECORDED: 409,
  DISCIPLINE_ALREADY_RECORDED: 409,
  FREEZE_ALREADY_RECORDED: 409,
  /** An award issued on the system is changed by a new decision, not corrected or removed. */
  AWARD_ISSUED: 409,
  /** A record that cannot be true (history/plausibility.ts); the message states the rule. */
  RECORD_IMPLAUSIBLE: 422,
} as const satisfies ErrorStatuses;

export type HistoryErrorCode = keyof typeof HISTORY_ERRORS;

type Params = Record<string, string | number>;

/** The detail of a conflict with a stored record, beside `field`, worded like the whole error. */
const beside = (field: string, constraint: string, key: MessageKey, params: Params) => [{ field, constraint, key, params }];

export class AwardAlreadyRecorded extends DomainError<HistoryErrorCode> {
  constructor(
    readonly subject: SubjectKind,
    awardType: string,
    name: string,
    year: number,
  ) {
    const params = { awardType, name, year };
    super(
      'AWARD_ALREADY_RECORDED',
      `The ${subject} already has ${awardType} for ${year}`,
      beside('year', 'duplicateAward', awardMessageKey(subject), params),
      params,
    );
  }

  /** "Cán bộ này…" or "Tập thể này…": the wording depends on who received it. */
  override messageKey(): MessageKey {
    return awardMessageKey(this.subject);
  }
}

const awardMessageKey = (subject: SubjectKind): MessageKey => `errors.AWARD_ALREADY_RECORDED.${subject}`;

export class AwardAlreadyRevoked extends DomainError<HistoryErrorCode> {
  constructor(revokedOn: string) {
    super('AWARD_ALREADY_REVOKED', `The award was revoked on ${revokedOn}`, undefined, { date: revokedOn });
  }
}

export class InitiativeAlreadyRecorded extends DomainError<HistoryErrorCode> {
  constructor(title: string, year: number) {
    const params = { title, year };
    super(
      'INITIATIVE_ALREADY_RECORDED',
      `Initiative "${title}" of ${year} is already recorded`,
      beside('title', 'duplicate', 'errors.INITIATIVE_ALREADY_RECORDED', params),
      params,
    );
  }
}

export class DisciplineAlreadyRecorded extends DomainError<HistoryErrorCode> {
  constructor(from: string) {
    const params = { from };
    super(
      'DISCIPLINE_ALREADY_RECORDED',
      `This discipline from ${from} is already recorded`,
      beside('from', 'duplicate', 'errors.DISCIPLINE_ALREADY_RECORDED', params),
      params,
    );
  }
}

export class FreezeAlreadyRecorded extends DomainError<HistoryErrorCode> {
  constructor(from: string) {
    const params = { from };
    super(
      'FREEZE_ALREADY_RECORDED',
      `A freeze with this reason from ${from} is already recorded`,
      beside('from', 'duplicate', 'errors.FREEZE_ALREADY_RECORDED', params),
      params,
    );
  }
}

export class AwardIssued extends DomainError<HistoryErrorCode> {
  constructor() {
    super('AWARD_ISSUED', 'This award was issued on the system: a new decision changes or revokes it, not a correction');
  }
}

/** The record cannot be true: the message is the first rule broken, the details name each one beside its field. */
export class RecordImplausible extends DomainError<HistoryErrorCode> {
  constructor(readonly refusals: readonly Finding[]) {
    super(
      'RECORD_IMPLAUSIBLE',
      `Implausible record: ${refusals.map((r) => r.rule).join(', ')}`,
      refusalDetails(refusals),
      refusals[0].params,
    );
  }

  override messageKey(): MessageKey {
    return `plausibility.${this.refusals[0].rule}`;
  }
}

/** Throws the refusals of a plausibility check (history/plausibility.ts), if any; its warnings are the caller's. */
export function refuseImplausible({ refusals }: Findings): void {
  if (refusals.length > 0) {
    throw new RecordImplausible(refusals);
  }
}
