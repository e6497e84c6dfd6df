import { CodedError, type ErrorDetail, type ErrorParams } from '../../kernel/index.js';
import type { ErrorCode } from './error-codes.js';

/**
 * What services throw: a stable code and a message a person can act on. Services never throw HTTP
 * exceptions; the exception filter maps codes to statuses.
 */
export class DomainError extends CodedError<ErrorCode> {
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[], params: ErrorParams = {}) {
    super(code, message, params, details);
  }
}

export class NotFound extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `No ${entity} with id ${id}`, undefined, { entity, id });
  }
}

export class Duplicate extends DomainError {
  constructor(field: string, value: string) {
    super('DUPLICATE', `${field} "${value}" is already used`, [{ field, message: `"${value}" is already used` }], {
      field,
      value,
    });
  }
}

export class ValidationFailed extends DomainError {
  constructor(details: ErrorDetail[]) {
    super('VALIDATION_FAILED', 'Some fields are not valid', details);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'Your role does not allow this') {
    super('FORBIDDEN', message);
  }
}

export class OutOfScope extends DomainError {
  constructor() {
    super('OUT_OF_SCOPE', 'This unit is outside the units you are assigned to');
  }
}
