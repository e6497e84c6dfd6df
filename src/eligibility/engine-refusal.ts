import { DomainError } from '../common/errors/domain-error.js';

/** Errors of the pure engine (plain errors with a code) a person can fix by choosing other filters. */
const ENGINE_CODES = ['NO_RULEBOOK_FOR_DATE', 'UNKNOWN_AWARD_TYPE', 'AWARD_NOT_FOR_SUBJECT', 'INVALID_DATE'] as const;

/** A refusal of the engine; typed, so that its message key (`errors.<code>`) is checked at compile time. */
export type EngineRefusalCode = (typeof ENGINE_CODES)[number];

const isEngineCode = (code: string): code is EngineRefusalCode => (ENGINE_CODES as readonly string[]).includes(code);

/** The code of an engine refusal, which a page says in words; null for anything else. */
export function engineErrorCode(error: unknown): EngineRefusalCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return !(error instanceof DomainError) && typeof code === 'string' && isEngineCode(code) ? code : null;
}
