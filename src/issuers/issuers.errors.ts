import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';
import { dayMonthYear } from './validity.js';

export const ISSUERS_ERRORS = {
  ISSUER_SYMBOL_TAKEN: 409,
  /** A decision dated outside the period in which its issuer existed (a merged province's committee after the merger). */
  ISSUER_NOT_IN_FORCE: 422,
} as const satisfies ErrorStatuses;

export type IssuersErrorCode = keyof typeof ISSUERS_ERRORS;

export class IssuerSymbolTaken extends DomainError<IssuersErrorCode> {
  constructor(symbol: string) {
    super('ISSUER_SYMBOL_TAKEN', `Issuer symbol "${symbol}" is already used`, [alreadyUsed('symbol', symbol)], { symbol });
  }
}

/** Why the issuer could not sign on that date: it had ended (and who took over, when known), or did not exist yet. */
export type NotInForceCase = 'succeeded' | 'ended' | 'notYet';

export interface NotInForce {
  issuer: string;
  decisionDate: string;
  validFrom: string | null;
  validTo: string | null;
  /** The successor's name, when the issuer has ended and one is recorded. */
  successor: string | null;
}

/**
 * The decision date lies outside the issuer's validity. The message names the successor, so the
 * officer knows which body signs decisions of that date (e.g. UBND tỉnh Phú Thọ from 1/7/2025 for
 * what UBND tỉnh Vĩnh Phúc signed before). Shown beside `decisionDate` on the pages.
 */
export class IssuerNotInForce extends DomainError<IssuersErrorCode> {
  readonly case: NotInForceCase;

  constructor(facts: NotInForce) {
    const which: NotInForceCase =
      facts.validTo !== null && facts.decisionDate > facts.validTo ? (facts.successor ? 'succeeded' : 'ended') : 'notYet';
    const params = {
      issuer: facts.issuer,
      date: facts.decisionDate,
      validFrom: facts.validFrom ?? '',
      validTo: facts.validTo ?? '',
      successor: facts.successor ?? '',
      // The messages write dates dd/mm/yyyy, as the pages do; the params above keep the API's YYYY-MM-DD.
      dateText: dayMonthYear(facts.decisionDate),
      validFromText: dayMonthYear(facts.validFrom),
      validToText: dayMonthYear(facts.validTo),
    };
    const key = `errors.ISSUER_NOT_IN_FORCE.${which}` as const;
    super(
      'ISSUER_NOT_IN_FORCE',
      `${facts.issuer} did not issue decisions on ${facts.decisionDate}` + (facts.successor ? `; its successor is ${facts.successor}` : ''),
      [{ field: 'decisionDate', constraint: 'issuerNotInForce', key, params }],
      params,
    );
    this.case = which;
  }

  override messageKey(): string {
    return `errors.ISSUER_NOT_IN_FORCE.${this.case}`;
  }
}
