import { alreadyUsed, DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

export const ISSUERS_ERRORS = {
  ISSUER_SYMBOL_TAKEN: 409,
} as const satisfies ErrorStatuses;

export type IssuersErrorCode = keyof typeof ISSUERS_ERRORS;

export class IssuerSymbolTaken extends DomainError<IssuersErrorCode> {
  constructor(symbol: string) {
    super('ISSUER_SYMBOL_TAKEN', `Issuer symbol "${symbol}" is already used`, [alreadyUsed('symbol', symbol)], { symbol });
  }
}
