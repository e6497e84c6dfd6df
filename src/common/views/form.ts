import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { dynamicKey, translate } from '../../i18n/translate.js';
import { errorStatus } from '../errors/error-codes.js';
import { errorMessage } from '../errors/error-messages.js';
import { toErrorDetails } from '../http/validation.js';
import { lowerCaseUuidFields, unexpectedNullDetails, unsafeTextDetails } from '../validation/input-checks.js';
import { readDateFields } from '../validation/page-date.js';
import { CodedError, type ErrorDetail, type Locale } from '../../kernel/index.js';

/** Field name → message shown beside the field, in the page's language. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * The message for one problem with a field: the catalogue key a service gave it, else by the
 * validator's constraint from `fieldErrors`, else a generic one.
 */
function fieldMessage(detail: ErrorDetail, locale: Locale): string {
  const given = detail.key === undefined ? undefined : dynamicKey(detail.key);
  if (given) {
    return translate(locale, given, detail.params);
  }
  // Constraints are named by class-validator and the services, at run time.
  const byConstraint = dynamicKey(`fieldErrors.${detail.constraint ?? 'invalid'}`);
  const max = /(\d+)/u.exec(detail.message ?? '')?.[1];
  return byConstraint ? translate(locale, byConstraint, { max }) : translate(locale, 'fieldErrors.invalid');
}

export function toFieldErrors(details: ErrorDetail[], locale: Locale): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of details) {
    const field = detail.field ?? '_form';
    errors[field] ??= fieldMessage(detail, locale);
  }
  return errors;
}

/**
 * Validates a submitted HTML form with the same DTO as the API. Form fields the DTO does not know
 * (the CSRF token, buttons) are dropped rather than refused; empty optional fields mean "not given".
 */
export async function parseForm<T extends object>(dto: ClassConstructor<T>, body: unknown, locale: Locale): Promise<FormResult<T>> {
  // The global pipe already refuses unsafe text in a posted form (a form parsed from elsewhere is held to the same);
  // an explicit null, which only JSON can send, is refused as on the API.
  const unsafe = [...unsafeTextDetails(body, dto), ...unexpectedNullDetails(body, dto)];
  if (unsafe.length > 0) {
    return { ok: false, errors: toFieldErrors(unsafe, locale) };
  }
  // People type dates dd/mm/yyyy: read as the DTO's YYYY-MM-DD, a wrong one said to be so in its own words.
  const dated = readDateFields(body, dto);
  const value = lowerCaseUuidFields(plainToInstance(dto, dated.body ?? {}, { exposeDefaultValues: true }), dto);
  const problems = await validate(value, {
    whitelist: true,
    forbidNonWhitelisted: false,
    validationError: { target: false, value: false },
  });
  // The date's own message first: `toFieldErrors` keeps the first one per field.
  const details = [...dated.details, ...toErrorDetails(problems)];
  return details.length === 0 ? { ok: true, value } : { ok: false, errors: toFieldErrors(details, locale) };
}

/**
 * Errors a service raised about the input as field errors, so the form shows them beside the fields,
 * worded from the same catalogue as the API's answers: every detail that names a field (invalid
 * values, a code already used, an award already recorded for that year, a unit out of scope); a
 * conflict with stored data or a record out of scope that names none (an award already revoked) at
 * `fallbackField`. Anything else (not found, forbidden, the law's refusals, failures) is rethrown
 * for the error page.
 */
export function domainFieldErrors(error: unknown, locale: Locale, fallbackField = '_form'): FieldErrors {
  const status = error instanceof CodedError ? errorStatus(error.code) : undefined;
  if (!(error instanceof CodedError) || status === undefined) {
    throw error;
  }
  const details = error.details ?? [];
  if (error.code === 'VALIDATION_FAILED') {
    return toFieldErrors(details, locale);
  }
  const beside = details.filter((detail) => detail.field !== undefined);
  if (beside.length > 0) {
    return toFieldErrors(beside, locale);
  }
  if (status === 409 || error.code === 'OUT_OF_SCOPE') {
    return { [fallbackField]: errorMessage(error, locale) };
  }
  throw error;
}
