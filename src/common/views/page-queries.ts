import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ValidationFailed } from '../errors/domain-error.js';
import { toErrorDetails } from '../http/validation.js';
import { lowerCaseUuidFields, unsafeTextDetails } from '../validation/input-checks.js';
import { readDateFields } from '../validation/page-date.js';

/** What a page does with a query value its DTO does not accept. */
export type InvalidQueryValue = 'default' | 'refuse';

/**
 * A page's query string through its DTO. Unlike the API's, unknown parameters (the CSRF token in a
 * multipart form's action, a tag added by a mail client) are dropped rather than refused: people
 * type, edit and share these addresses. A value the DTO refuses either takes the DTO's default for
 * that field (`default`: a hand-edited address still shows the page) or is a 400 naming it (`refuse`).
 * A control character or direction override is a 400 either way: nobody types one by mistake.
 */
export async function parsePageQuery<T extends object>(dto: ClassConstructor<T>, query: unknown, invalid: InvalidQueryValue): Promise<T> {
  const unsafe = unsafeTextDetails(query, dto);
  if (unsafe.length > 0) {
    throw new ValidationFailed(unsafe);
  }
  // A date in a page's address may be written as the pages show it (dd/mm/yyyy); a wrong one is refused or defaulted below.
  const dated = readDateFields(query, dto);
  const value = lowerCaseUuidFields(plainToInstance(dto, dated.body ?? {}, { exposeDefaultValues: true }), dto);
  const problems = await validate(value, {
    whitelist: true,
    forbidNonWhitelisted: false,
    validationError: { target: false, value: false },
  });
  if (problems.length === 0 && dated.details.length === 0) {
    return value;
  }
  if (invalid === 'refuse') {
    throw new ValidationFailed([...dated.details, ...toErrorDetails(problems)]);
  }
  const defaults = new dto() as Record<string, unknown>;
  for (const problem of problems) {
    (value as Record<string, unknown>)[problem.property] = defaults[problem.property];
  }
  return value;
}

const pageQuery = createParamDecorator(
  (options: { dto: ClassConstructor<object>; invalid: InvalidQueryValue }, context: ExecutionContext) =>
    parsePageQuery(options.dto, context.switchToHttp().getRequest<FastifyRequest>().query, options.invalid),
);

/** `@QueryOrDefaults(ListStaffQuery) filter: ListStaffQuery`: a value that does not pass takes its default. */
export const QueryOrDefaults = (dto: ClassConstructor<object>): ParameterDecorator => pageQuery({ dto, invalid: 'default' });

/** `@QueryOrRefuse(HistoryImportQuery) query: HistoryImportQuery`: a value that does not pass is a 400. */
export const QueryOrRefuse = (dto: ClassConstructor<object>): ParameterDecorator => pageQuery({ dto, invalid: 'refuse' });
