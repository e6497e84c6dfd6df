import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorCode } from '../common/errors/error-codes.js';

/** Errors of the pure engine (plain errors with a code) a person can fix by choosing other filters. */
const ENGINE_CODES = new Set<string>(['NO_RULEBOOK_FOR_DATE', 'UNKNOWN_AWARD_TYPE', 'AWARD_NOT_FOR_SUBJECT', 'INVALID_DATE']);

/** The code of an engine refusal, which a page says in words; null for anything else. */
export function engineErrorCode(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return !(error instanceof DomainError) && typeof code === 'string' && ENGINE_CODES.has(code) ? (code as ErrorCode) : null;
}
