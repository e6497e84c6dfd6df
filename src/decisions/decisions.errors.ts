import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const DECISIONS_ERRORS = {
  DECISION_NOT_FOUND: 404,
  DECISION_LINE_NOT_FOUND: 404,
  /** Any change to an issued decision or its lines (refused by the service, and by a trigger beneath it). */
  DECISION_ALREADY_ISSUED: 409,
  /** A PATCH named a version someone else has already changed. */
  DECISION_VERSION_STALE: 409,
  /** The same person or collective twice in one decision. */
  DECISION_LINE_DUPLICATE: 409,
  /** The subject already holds that award for that year (Law 2022 Art. 5: no double award). */
  DECISION_ALREADY_AWARDED: 409,
  /** A typed number already used by the issuer that year (ND 30/2020 Art. 15). */
  DECISION_NUMBER_TAKEN: 409,
  /** A revocation of a draft, a signed copy of a draft. */
  DECISION_NOT_ISSUED: 409,
  /** A line not eligible (or with criteria to confirm) added without the reason the signer reads. */
  DECISION_REASON_REQUIRED: 422,
  /** The award type is retired, or does not go to this kind of subject. */
  DECISION_AWARD_UNAVAILABLE: 422,
  /** Issuing a decision with no lines. */
  DECISION_EMPTY: 422,
  /** The user may not issue in this issuer's name (admins and users assigned to the issuer may). */
  DECISION_NOT_ISSUER: 403,
  /** The signed copy is not a PDF (checked by content). */
  DECISION_SIGNED_COPY_NOT_PDF: 415,
  /** A nomination of another award, year or kind of subject than the decision's. */
  DECISION_NOMINATION_MISMATCH: 422,
  /** A nomination not passed by the council yet (or passed but not posted where the award must be). */
  DECISION_NOMINATION_NOT_READY: 409,
  /** A nomination already a line of a decision (this one or another): one line per nomination. */
  DECISION_NOMINATION_TAKEN: 409,
} as const satisfies ErrorStatuses;

export type DecisionsErrorCode = keyof typeof DECISIONS_ERRORS;

export class DecisionNotFound extends DomainError<DecisionsErrorCode> {
  constructor(id: string) {
    super('DECISION_NOT_FOUND', `Decision ${id} not found`, [], { id });
  }
}

export class DecisionAlreadyIssued extends DomainError<DecisionsErrorCode> {
  constructor(number: string) {
    super('DECISION_ALREADY_ISSUED', `Decision ${number} is issued and cannot change`, [], { number });
  }
}
