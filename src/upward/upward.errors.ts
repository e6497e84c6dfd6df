import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';
import { translate } from '../i18n/translate.js';
import type { ErrorParams, Locale } from '../kernel/index.js';

export const UPWARD_ERRORS = {
  UPWARD_DOSSIER_NOT_FOUND: 404,
  /** A nomination that is a line of a decision of this body: it is decided here, not sent up. */
  UPWARD_NOMINATION_IN_DECISION: 409,
  /** A dossier is for one year's awards (its submission says "năm 2025"). */
  UPWARD_MIXED_YEARS: 422,
  /** An answer names a nomination the dossier does not hold. */
  UPWARD_NOT_IN_DOSSIER: 422,
  /** A nomination already answered by a decision from above (or no longer proposed upward). */
  UPWARD_ALREADY_ANSWERED: 409,
  /** The nominee holds that award for that year already (Law 2022 Art. 5): the history has it. */
  UPWARD_ALREADY_AWARDED: 409,
  /** The same decision number recorded twice for one dossier. */
  UPWARD_DECISION_NUMBER_TAKEN: 409,
  UPWARD_DECISION_NOT_FOUND: 404,
  UPWARD_COPY_NOT_FOUND: 404,
  /** The signed copy is not a PDF (checked by its bytes), or empty. */
  UPWARD_COPY_NOT_PDF: 415,
  /** The download would pass its bound (`MAX_DOSSIER_BYTES`). */
  UPWARD_DOSSIER_TOO_LARGE: 413,
} as const satisfies ErrorStatuses;

export type UpwardErrorCode = keyof typeof UPWARD_ERRORS;

/** At most this many names in a message; the rest are counted. */
const NAMES_SHOWN = 10;

/** A refusal naming the nominees it concerns. */
abstract class NamingError extends DomainError<UpwardErrorCode> {
  constructor(
    code: UpwardErrorCode,
    message: string,
    readonly names: readonly string[],
    params: ErrorParams = {},
  ) {
    super(code, message, [], { ...params, names: names.join(', ') });
  }

  override messageParams(locale: Locale): ErrorParams {
    const shown =
      this.names.length <= NAMES_SHOWN
        ? this.names.join(', ')
        : `${this.names.slice(0, NAMES_SHOWN).join(', ')} ${translate(locale, 'decisions.andOthers', { count: this.names.length - NAMES_SHOWN })}`;
    return { ...this.params, names: shown };
  }
}

export class DossierNotFound extends DomainError<UpwardErrorCode> {
  constructor(id: string) {
    super('UPWARD_DOSSIER_NOT_FOUND', `No upward dossier ${id}`, [], { id });
  }
}

export class NominationInDecision extends NamingError {
  constructor(names: readonly string[]) {
    super('UPWARD_NOMINATION_IN_DECISION', `Lines of a decision of this body: ${names.join(', ')}`, names);
  }
}

export class DossierMixedYears extends DomainError<UpwardErrorCode> {
  constructor(years: readonly number[]) {
    super('UPWARD_MIXED_YEARS', `A dossier is for one year; these nominations are for ${years.join(', ')}`, [], {
      years: years.join(', '),
    });
  }
}

export class NotInDossier extends DomainError<UpwardErrorCode> {
  constructor(ids: readonly string[], fields: readonly string[]) {
    super(
      'UPWARD_NOT_IN_DOSSIER',
      `Not nominations of this dossier: ${ids.join(', ')}`,
      fields.map((field, index) => ({
        field,
        constraint: 'notInDossier',
        key: 'upward.fieldErrors.notInDossier',
        params: { id: ids[index] },
      })),
      { ids: ids.join(', ') },
    );
  }
}

export class AlreadyAnswered extends NamingError {
  constructor(names: readonly string[]) {
    super('UPWARD_ALREADY_ANSWERED', `Already answered from above: ${names.join(', ')}`, names);
  }
}

export class UpwardAlreadyAwarded extends NamingError {
  constructor(award: string, year: number, names: readonly string[]) {
    super('UPWARD_ALREADY_AWARDED', `Already awarded ${award} for ${year}: ${names.join(', ')}`, names, { award, year });
  }
}

export class HigherDecisionNumberTaken extends DomainError<UpwardErrorCode> {
  constructor(number: string) {
    super(
      'UPWARD_DECISION_NUMBER_TAKEN',
      `Decision ${number} is already recorded for this dossier`,
      [{ field: 'number', constraint: 'duplicate', key: 'fieldErrors.duplicate', params: { value: number } }],
      { number },
    );
  }
}

export class HigherDecisionNotFound extends DomainError<UpwardErrorCode> {
  constructor(id: string) {
    super('UPWARD_DECISION_NOT_FOUND', `No decision ${id} recorded for this dossier`, [], { id });
  }
}

export class CopyNotFound extends DomainError<UpwardErrorCode> {
  constructor(id: string) {
    super('UPWARD_COPY_NOT_FOUND', `No signed copy of decision ${id}`, [], { id });
  }
}

export class CopyNotPdf extends DomainError<UpwardErrorCode> {
  constructor(fileName: string) {
    super('UPWARD_COPY_NOT_PDF', `${fileName} is not a PDF`, [{ field: 'file', constraint: 'notPdf', key: 'upward.fieldErrors.notPdf' }], {
      fileName,
    });
  }
}

export class DossierTooLarge extends DomainError<UpwardErrorCode> {
  constructor(bytes: number, limit: number) {
    super('UPWARD_DOSSIER_TOO_LARGE', `The dossier would take ${bytes} bytes, past ${limit}`, [], {
      megabytes: Math.ceil(bytes / 1_000_000),
      limit: Math.floor(limit / 1_000_000),
    });
  }
}
