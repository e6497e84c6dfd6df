import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type KeyedDetail, ValidationFailed } from '../errors/domain-error.js';

/** Flattens class-validator errors to `{ field, constraint, message }`, nested fields as `a.b`. */
export function toErrorDetails(errors: ValidationError[], parent = ''): KeyedDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...toErrorDetails(error.children ?? [], field)];
  });
}

/** Unknown fields, wrong types and bad values are all a 400 with every problem listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailed(toErrorDetails(errors)),
  });
}
