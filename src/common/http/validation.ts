import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type KeyedDetail, ValidationFailed } from '../errors/domain-error.js';
import { lowerCaseUuid, lowerCaseUuidFields, unexpectedNullDetails, unsafeTextDetails } from '../validation/input-checks.js';

/** Flattens class-validator errors to `{ field, constraint, message }`, nested fields as `a.b`. */
export function toErrorDetails(errors: ValidationError[], parent = ''): KeyedDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...toErrorDetails(error.children ?? [], field)];
  });
}

/**
 * The DTO's rules, after what every request must pass whatever its route: no control character,
 * direction override or lone surrogate in any text of the body, query or path (untyped page forms
 * included); no `null` for a JSON field that does not document it; UUIDs in lower case.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') {
      return super.transform(value, metadata);
    }
    // A POST without a body (no Content-Type) is an empty form, not `undefined` for a page to read fields of.
    if (metadata.type === 'body' && metadata.data === undefined && (value === undefined || value === null)) {
      return super.transform({}, metadata);
    }
    const problems = [
      ...unsafeTextDetails(value, metadata.metatype, metadata.data ?? ''),
      ...(metadata.type === 'body' && metadata.data === undefined ? unexpectedNullDetails(value, metadata.metatype) : []),
    ];
    if (problems.length > 0) {
      throw new ValidationFailed(problems);
    }
    const transformed: unknown = await super.transform(metadata.data === undefined ? value : lowerCaseUuid(value), metadata);
    return lowerCaseUuidFields(transformed, metadata.metatype);
  }
}

/** Unknown fields, wrong types and bad values are all a 400 with every problem listed. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailed(toErrorDetails(errors)),
  });
}
