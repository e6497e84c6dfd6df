import type { ClassConstructor } from 'class-transformer';
import { translate } from '../../i18n/translate.js';
import type { DomainError } from '../errors/domain-error.js';
import { errorStatus } from '../errors/error-codes.js';
import { type Locale } from '../../kernel/index.js';
import { withFlash } from './flash.js';
import { type Finding, warningsQuery } from '../validation/plausibility.js';
import { domainFieldErrors, type FieldErrors, parseForm } from './form.js';
import { type PageAnswer, type PageRequest, redirectTo, renderPage } from './page-request.js';

/** A submitted HTML form (or a search form's query) as Fastify parses it: name → text, or texts for a repeated name. */
export type FormBody = Record<string, unknown>;

/** A form validated and acted on: what the service answered, or why not and at which status. */
export type Submission<T, R> =
  | { ok: true; value: T; result: R }
  | {
      ok: false;
      /** 400 invalid, 409 duplicate, 403 out of scope… */
      status: number;
      errors: FieldErrors;
      /** The validated form, when it was the service that refused it. */
      value: T | null;
      /** What the service threw, when it refused (null when the form did not validate). */
      error: unknown;
    };

/** How a page answers its form. */
export interface FormAnswer<T, R> {
  /** The page that shows the form (and, for a search form, what was found). */
  template: string;
  /** Its view model: the form as typed when refused; for a search form, also the result. */
  model: (submission: Submission<T, R>) => object | Promise<object>;
  /**
   * Where a saved form goes: a 303, so reloading the next page does not post again, with `saved=`
   * {@link flash} (default `1`) for that page to say it was saved. None: a search form, whose
   * page shows the result.
   */
  redirectTo?: string | ((result: R) => string);
  flash?: string;
  /** The section (element id) of the next page to land on, e.g. the form just saved; default: the top. */
  anchor?: string | ((result: R) => string);
  /** The refusal's errors as the template names them, when not as they came. */
  errors?: (errors: FieldErrors) => FieldErrors;
  /** Which of the service's refusals are shown beside the fields (default: domainFieldErrors); it rethrows the rest. */
  fieldErrors?: (error: unknown, lang: Locale) => FieldErrors;
}

/**
 * The one way a page answers a form: validated with the API's DTO (or a page form class), then the
 * change. Saved: a 303 to `redirectTo` with the flash. Refused: the page again at the refusal's
 * status, the form as typed, the errors beside the fields and the "fix the errors" alert. What the
 * user cannot fix goes on to the error page.
 */
export async function answerForm<T extends object, R>(
  page: PageRequest,
  dto: ClassConstructor<T>,
  body: unknown,
  save: (value: T) => Promise<R>,
  answer: FormAnswer<T, R>,
): Promise<PageAnswer> {
  const submission = await submitForm(dto, body, page.lang, save, answer.fieldErrors);
  if (submission.ok && answer.redirectTo !== undefined) {
    const address = typeof answer.redirectTo === 'string' ? answer.redirectTo : answer.redirectTo(submission.result);
    const anchor = typeof answer.anchor === 'function' ? answer.anchor(submission.result) : answer.anchor;
    return redirectTo(page, withWarnings(withFlash(address, answer.flash ?? '1', anchor), submission.result));
  }
  const model = await answer.model(submission);
  const errors = submission.ok ? {} : (answer.errors?.(submission.errors) ?? submission.errors);
  const alert = Object.keys(errors).length > 0 ? translate(page.lang, 'common.fixErrors') : null;
  return renderPage(page, answer.template, { ...model, errors, alert }, submission.ok ? 200 : submission.status);
}

/** What the service found unlikely about what it saved (`warnings`), in the address for the next page to show. */
function withWarnings(address: string, result: unknown): string {
  const warnings = (result as { warnings?: unknown } | null)?.warnings;
  if (!Array.isArray(warnings) || warnings.length === 0) {
    return address;
  }
  const [path, hash = ''] = address.split('#');
  return `${path}&${warningsQuery(warnings as Finding[])}${hash ? `#${hash}` : ''}`;
}

async function submitForm<T extends object, R>(
  dto: ClassConstructor<T>,
  body: unknown,
  lang: Locale,
  save: (value: T) => Promise<R>,
  fieldErrors: (error: unknown, lang: Locale) => FieldErrors = domainFieldErrors,
): Promise<Submission<T, R>> {
  const parsed = await parseForm(dto, body, lang);
  if (!parsed.ok) {
    return { ok: false, status: 400, errors: parsed.errors, value: null, error: null };
  }
  try {
    return { ok: true, value: parsed.value, result: await save(parsed.value) };
  } catch (error) {
    const errors = fieldErrors(error, lang);
    // fieldErrors rethrows anything that is not a refusal with a code.
    return { ok: false, status: errorStatus((error as DomainError).code) ?? 500, errors, value: parsed.value, error };
  }
}

/** The submitted text of each field ('' when absent or not text): what a re-rendered form shows back. */
export function submittedValues<K extends string>(body: FormBody, fields: readonly K[]): Record<K, string> {
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
export function withoutEmpty(body: FormBody, fields: readonly string[]): FormBody {
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => !(fields.includes(key) && value === '')));
}

/**
 * An import page's answer to an uploaded file (a multipart form, read by the service, not a DTO):
 * the result, or, for a file refused as a whole or line by line, the same `@Render` page with the
 * problems at the refusal's status. `refused` rethrows what is not about the file.
 */
export async function answerUpload<V>(
  page: PageRequest,
  upload: () => Promise<V>,
  refused: (error: unknown) => { status: number; view: V },
): Promise<V> {
  try {
    return await upload();
  } catch (error) {
    const refusal = refused(error);
    void page.reply.status(refusal.status);
    return refusal.view;
  }
}
