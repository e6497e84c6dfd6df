import { dynamicKey, translate } from '../../i18n/translate.js';
import type { CodedError, ErrorDetail, ErrorParams, Locale } from '../../kernel/index.js';
import { DomainError } from './domain-error.js';

/** The catalogue key of an error's message: `errors.<CODE>`, or the more precise one a domain error names. */
export const messageKeyOf = (error: CodedError): string => (error instanceof DomainError ? error.messageKey() : `errors.${error.code}`);

/** The text of a catalogue key in the reader's language; `fallback` (English, for logs) if the key has none. */
export function catalogueText(locale: Locale, key: string, params: ErrorParams | undefined, fallback: string): string {
  // Keys reach here from codes and details built at run time (a plain coded error of the law, a
  // detail of the kernel, which cannot name the catalogue's type): checked here, once for all.
  const known = dynamicKey(key);
  return known ? translate(locale, known, params) : fallback;
}

/** What the reader is told about a coded error, in their language, from `errors.<CODE>` and its params. */
export const errorMessage = (error: CodedError, locale: Locale): string =>
  catalogueText(locale, messageKeyOf(error), error instanceof DomainError ? error.messageParams(locale) : error.params, error.message);

/**
 * The text of one detail: its catalogue key in the reader's language, else the words a library gave
 * it (class-validator, in English), else "not valid".
 */
export function detailMessage(detail: ErrorDetail, locale: Locale): string {
  const fallback = detail.message ?? translate(locale, 'fieldErrors.invalid');
  return detail.key === undefined ? fallback : catalogueText(locale, detail.key, detail.params, fallback);
}
