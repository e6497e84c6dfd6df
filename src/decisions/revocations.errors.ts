import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';
import type { DecisionsErrorCode } from './decisions.errors.js';

/**
 * Signed copies, revocations, corrections and recoveries of issued decisions (Law 2022 Chapter VII).
 * Kept apart from `decisions.errors.ts` so the codes of drafting and issuing grow without touching these.
 */
export const REVOCATIONS_ERRORS = {
  /** A line whose award is already revoked (or removed) cannot be revoked or corrected again. */
  DECISION_LINE_ALREADY_REVOKED: 409,
  /** A recovery of money or certificate is recorded only for a revoked line. */
  DECISION_LINE_NOT_REVOKED: 409,
  /** Only an award decision is revoked or corrected; a revocation or correction is not. */
  DECISION_NOT_AN_AWARD: 422,
  /** No signed copy has been uploaded for the decision. */
  DECISION_SIGNED_COPY_NOT_FOUND: 404,
  /** The uploaded signed copy has no bytes. */
  DECISION_SIGNED_COPY_EMPTY: 400,
} as const satisfies ErrorStatuses;

export type RevocationsErrorCode = keyof typeof REVOCATIONS_ERRORS;

export class DecisionLineAlreadyRevoked extends DomainError<RevocationsErrorCode> {
  constructor(names: string[]) {
    super('DECISION_LINE_ALREADY_REVOKED', `Already revoked: ${names.join(', ')}`, undefined, { names: names.join(', ') });
  }
}

export class DecisionLineNotRevoked extends DomainError<RevocationsErrorCode> {
  constructor(name: string) {
    super('DECISION_LINE_NOT_REVOKED', `The award of ${name} is not revoked`, undefined, { name });
  }
}

export class DecisionNotAnAward extends DomainError<RevocationsErrorCode> {
  constructor(kind: string) {
    super('DECISION_NOT_AN_AWARD', `A ${kind} decision cannot be revoked or corrected`, undefined, { kind });
  }
}

export class SignedCopyNotFound extends DomainError<RevocationsErrorCode> {
  constructor(decisionId: string) {
    super('DECISION_SIGNED_COPY_NOT_FOUND', `No signed copy of decision ${decisionId}`, undefined, { id: decisionId });
  }
}

export class SignedCopyEmpty extends DomainError<RevocationsErrorCode> {
  constructor(name: string) {
    super('DECISION_SIGNED_COPY_EMPTY', `The file ${name} is empty`, [{ field: 'file', constraint: 'empty' }], { name });
  }
}

// The situations below have their codes in `decisions.errors.ts` (shared with drafting and issuing).

/** A signed copy, a revocation or a correction of a decision still in draft (DECISION_NOT_ISSUED). */
export class DecisionStillDraft extends DomainError<DecisionsErrorCode> {
  constructor(id: string) {
    super('DECISION_NOT_ISSUED', `Decision ${id} is not issued yet`, undefined, { id });
  }
}

/** The user may not act in this issuer's name (DECISION_NOT_ISSUER). */
export class NotAssignedToIssuer extends DomainError<DecisionsErrorCode> {
  constructor(issuer: string) {
    super('DECISION_NOT_ISSUER', `Not assigned to issue documents of ${issuer}`, undefined, { issuer });
  }
}

/** The signed copy is not a PDF by its content (DECISION_SIGNED_COPY_NOT_PDF). */
export class SignedCopyNotPdf extends DomainError<DecisionsErrorCode> {
  constructor(name: string) {
    super('DECISION_SIGNED_COPY_NOT_PDF', `The file ${name} is not a PDF`, [{ field: 'file', constraint: 'notPdf' }], { name });
  }
}

/** The line named in the path is not a line of the decision (DECISION_LINE_NOT_FOUND). */
export class LineNotInDecision extends DomainError<DecisionsErrorCode> {
  constructor(decisionId: string, lineId: string) {
    super('DECISION_LINE_NOT_FOUND', `Decision ${decisionId} has no line ${lineId}`, undefined, { id: lineId });
  }
}
