import type { ClassConstructor } from 'class-transformer';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { translate } from '../../i18n/translate.js';
import type { DomainError } from '../errors/domain-error.js';
import { ERROR_STATUS } from '../errors/error-codes.js';
import { domainFieldErrors, type FieldErrors, parseForm } from './form.js';
import { buildPageContext, localeFor } from './page-context.js';
import { type Locale } from '../../kernel/index.js';

export type Submission<R> = { ok: true; result: R } | { ok: false; status: number; errors: FieldErrors };

/**
 * Validates a submitted form with the API's DTO, then makes the change. What the user can fix comes
 * back as field errors with the status to answer (400 invalid, 409 duplicate, 403 out of scope);
 * anything else is rethrown for the error page.
 */
export async function submitForm<T extends object, R>(
  dto: ClassConstructor<T>,
  body: unknown,
  lang: Locale,
  change: (value: T) => Promise<R>,
  fieldErrors: (error: unknown, lang: Locale) => FieldErrors = domainFieldErrors,
): Promise<Submission<R>> {
  const parsed = await parseForm(dto, body, lang);
  if (!parsed.ok) {
    return { ok: false, status: 400, errors: parsed.errors };
  }
  try {
    return { ok: true, result: await change(parsed.value) };
  } catch (error) {
    const errors = fieldErrors(error, lang);
    // fieldErrors rethrows anything that is not a DomainError.
    return { ok: false, status: ERROR_STATUS[(error as DomainError).code], errors };
  }
}

/**
 * Renders a page from a handler that cannot use @Render because it may also redirect (a form
 * answered with its errors), with the same `ctx` and defaults the PageContextInterceptor adds.
 */
export async function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  template: string,
  model: Record<string, unknown>,
  status: number,
): Promise<void> {
  await reply.status(status).view(template, { errors: {}, flash: null, ...model, ctx: buildPageContext(request, reply) });
}

/** How a page answers a submitted form. */
export interface SubmissionAnswer<R> {
  /** Where a saved form goes. */
  redirectTo: string | ((result: R) => string);
  /** The page shown again when the form is refused. */
  template: string;
  /** Its view model, the form as typed; built only when refused. */
  model: (errors: FieldErrors) => object | Promise<object>;
  /** The refusal's errors as the template names them, when not as they came. */
  errors?: (errors: FieldErrors) => FieldErrors;
}

/**
 * Saved: a 303 redirect, so reloading the next page does not post again. Refused: the page again
 * with the errors beside the fields and the "fix the errors" alert, at the refusal's status.
 */
export async function answerSubmission<R>(
  request: FastifyRequest,
  reply: FastifyReply,
  submission: Submission<R>,
  answer: SubmissionAnswer<R>,
): Promise<void> {
  if (submission.ok) {
    const target = typeof answer.redirectTo === 'string' ? answer.redirectTo : answer.redirectTo(submission.result);
    void reply.redirect(target, 303);
    return;
  }
  const model = await answer.model(submission.errors);
  const errors = answer.errors ? answer.errors(submission.errors) : submission.errors;
  const alert = translate(localeFor(request), 'common.fixErrors');
  await renderPage(request, reply, answer.template, { ...model, errors, alert }, submission.status);
}

/** The submitted text of each field ('' when absent or not text): what a re-rendered form shows back. */
export function submittedValues<K extends string>(body: Record<string, unknown>, fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(fields.map((field) => [field, typeof body[field] === 'string' ? body[field] : ''])) as Record<K, string>;
}

/** HTML forms send one checked box as a string, several as an array, none as nothing. */
export function asArray(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((item): item is string => typeof item === 'string');
  }
  return typeof value === 'string' ? [value] : [];
}

/** The form without the given fields where they were left empty, for DTOs that want them absent, not ''. */
export function withoutEmpty(body: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => !(fields.includes(key) && value === '')));
}
