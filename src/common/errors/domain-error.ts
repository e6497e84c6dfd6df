import type { MessageKey } from '../../i18n/translate.js';
import { CodedError, type ErrorDetail, type ErrorParams, type Locale } from '../../kernel/index.js';
import type { CommonErrorCode } from './common.errors.js';

/**
 * A detail as services give it: its `key` is checked against the catalogues at compile time (the
 * kernel's `ErrorDetail` cannot name them: it imports nothing). Details a library worded carry no key.
 */
export type KeyedDetail = Omit<ErrorDetail, 'key'> & { key?: MessageKey };

/** The plumbing's codes when no feature's are given (`new DomainError('NOT_FOUND', …)`). */
type CodeOf<C extends string> = string extends C ? CommonErrorCode : C;

/**
 * What services throw: a stable code, the values that describe the situation (`params`, which
 * fill the message), the fields concerned (`details`) and an English message for the logs. Services
 * never translate and never throw HTTP exceptions: the exception filter maps codes to statuses and
 * words them in the reader's language; the pages do the same beside their fields.
 *
 * A feature's situation is its own subclass, `extends DomainError<FeatureErrorCode>`, whose code must
 * be a key of the feature's status map: an unmapped code does not compile where it is thrown. Without
 * a type argument only the plumbing's codes are accepted (`NoInfer`: the code is checked, not inferred).
 */
export class DomainError<C extends string = string> extends CodedError<C> {
  constructor(code: NoInfer<CodeOf<C>>, message: string, details?: KeyedDetail[], params: ErrorParams = {}) {
    super(code as C, message, params, details);
  }

  /** The catalogue key of what the reader is told: `errors.<CODE>`, unless a subclass names a more precise one. */
  messageKey(): string {
    return `errors.${this.code}`;
  }

  /** The values that fill the message in the reader's language: the params, unless a subclass words them per language. */
  messageParams(_locale: Locale): ErrorParams {
    return this.params;
  }
}

/** Nothing has the id the path names (or the one the question is about). */
export class NotFound extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `No ${entity} with id ${id}`, undefined, { entity, id });
  }
}

/** Fields of the request are not valid: each detail names its field and why. */
export class ValidationFailed extends DomainError {
  constructor(details: KeyedDetail[]) {
    super('VALIDATION_FAILED', 'Some fields are not valid', details);
  }
}

export class Unauthenticated extends DomainError {
  constructor() {
    super('UNAUTHENTICATED', 'Sign in first');
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super('FORBIDDEN', message);
  }
}

/** Records that exist but lie outside the user's units; `details` names the fields they came from, when known. */
export class OutOfScope extends DomainError {
  constructor(details?: KeyedDetail[]) {
    super('OUT_OF_SCOPE', 'This record is outside the units you are assigned to', details);
  }
}

/** The detail of a value another record already holds, beside its field ("Giá trị này đã được dùng."). */
export const alreadyUsed = (field: string, value: string): KeyedDetail => ({
  field,
  constraint: 'duplicate',
  key: 'fieldErrors.duplicate',
  params: { value },
});
