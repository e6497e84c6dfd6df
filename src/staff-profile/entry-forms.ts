import { type FieldErrors } from '../common/views/form.js';
import { type FormBody, submittedValues } from '../common/views/form-submission.js';

/** The entry forms of the profile page; field names are the API's, ids and errors are prefixed by the form. */
export const ENTRY_FORMS = {
  award: ['awardType', 'year', 'basis', 'decisionNumber', 'decisionDate', 'issuerName'],
  appraisal: ['year', 'rating'],
  initiative: ['year', 'title', 'level', 'kind'],
  discipline: ['level', 'from', 'to'],
  freeze: ['reason', 'from', 'to'],
  revoke: ['reason'],
  // The correction page (edit or remove any record): only its reason is common to every kind.
  correct: ['reason'],
  remove: ['reason'],
} as const;
export type EntryForm = keyof typeof ENTRY_FORMS;
export const ENTRY_FORM_NAMES = Object.keys(ENTRY_FORMS) as EntryForm[];

/** Saved elsewhere than in a form of the profile page (a revocation, the correction page): said at the top, no form reopened. */
const SAID_AT_THE_TOP: ReadonlySet<EntryForm> = new Set(['revoke', 'correct', 'remove']);
export const savedAtTheTop = (form: EntryForm | undefined): boolean => form !== undefined && SAID_AT_THE_TOP.has(form);

/** What each form shows in its fields. */
export type EntryValues = { [F in EntryForm]: Record<(typeof ENTRY_FORMS)[F][number], string> };

export function emptyValues(): EntryValues {
  const empty = <F extends EntryForm>(form: F) => Object.fromEntries(ENTRY_FORMS[form].map((field) => [field, ''])) as EntryValues[F];
  return {
    award: { ...empty('award'), basis: 'regular' },
    appraisal: empty('appraisal'),
    initiative: { ...empty('initiative'), level: 'grassroots', kind: 'initiative' },
    discipline: empty('discipline'),
    freeze: empty('freeze'),
    revoke: empty('revoke'),
    correct: empty('correct'),
    remove: empty('remove'),
  };
}

/** A refused form shows what was typed in it; the others stay empty. */
export const submittedEntry = (form: EntryForm, body: FormBody): EntryValues => ({
  ...emptyValues(),
  [form]: submittedValues(body, ENTRY_FORMS[form]),
});

/** Ids and errors are prefixed by the form (`award-year`, `award-form`): several forms share the page. */
export const entryErrors =
  (form: EntryForm) =>
  (errors: FieldErrors): FieldErrors =>
    Object.fromEntries(Object.entries(errors).map(([field, message]) => [`${form}-${field === '_form' ? 'form' : field}`, message]));
