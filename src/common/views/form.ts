import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { hasTranslation, translate } from '../../i18n/translate.js';
import { DomainError } from '../errors/domain-error.js';
import type { ErrorDetail } from '../errors/error-codes.js';
import { toErrorDetails } from '../http/validation.js';
import { type Locale } from '../../kernel/index.js';

/** Field name → message shown beside the field, in the page's language. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The message for one problem with a field: by constraint from `fieldErrors`, else a generic one. */
function fieldMessage(detail: ErrorDetail, locale: Locale): string {
  const key = `fieldErrors.${detail.constraint ?? 'invalid'}`;
  const max = /(\d+)/u.exec(detail.message)?.[1];
  return hasTranslation(locale, key) ? translate(locale, key, { max }) : translate(locale, 'fieldErrors.invalid');
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
  const value = plainToInstance(dto, body ?? {}, { exposeDefaultValues: true });
  const problems = await validate(value, { whitelist: true, forbidNonWhitelisted: false, validationError: { target: false, value: false } });
  return problems.length === 0 ? { ok: true, value } : { ok: false, errors: toFieldErrors(toErrorDetails(problems), locale) };
}

/**
 * Errors a service raised about the input (duplicate code, unit out of scope…) as field errors, so
 * the form shows them beside the fields; other errors are rethrown for the error page.
 */
export function domainFieldErrors(error: unknown, locale: Locale, fallbackField = '_form'): FieldErrors {
  if (!(error instanceof DomainError)) {
    throw error;
  }
  switch (error.code) {
    case 'VALIDATION_FAILED':
      return toFieldErrors(error.details ?? [], locale);
    case 'DUPLICATE':
      return { [String(error.params.field ?? fallbackField)]: translate(locale, 'fieldErrors.duplicate') };
    case 'OUT_OF_SCOPE':
      return { unitId: translate(locale, 'fieldErrors.outOfScope') };
    default:
      // Any other refusal that names its fields is shown beside them; the rest goes to the error page.
      if (error.details?.some((detail) => detail.field)) {
        return toFieldErrors(error.details, locale);
      }
      throw error;
  }
}
