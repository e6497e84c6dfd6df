import { errorStatus } from '../common/errors/error-codes.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { CodedError, type Locale } from '../kernel/index.js';

/** What the decision form shows back when refused. */
export interface DecisionValues {
  decisionNumber: string;
  decisionDate: string;
  issuerName: string;
  ids: ReadonlySet<string>;
}

/** The refusals of a whole list, said once above it: they name the people, not a field of the page. */
const ABOUT_THE_LIST = new Set(['UNKNOWN_SUBJECTS', 'SUBJECTS_OUT_OF_SCOPE', 'AWARDS_ALREADY_RECORDED']);

/** A service's refusal as the page shows it, with its status; what the user cannot fix is rethrown for the error page. */
export function refusalErrors(error: unknown, lang: Locale): { status: number; errors: FieldErrors } {
  if (error instanceof CodedError && ABOUT_THE_LIST.has(error.code)) {
    return { status: errorStatus(error.code) ?? 500, errors: { _form: errorMessage(error, lang) } };
  }
  const errors = domainFieldErrors(error, lang);
  return { status: errorStatus((error as CodedError).code) ?? 500, errors };
}
