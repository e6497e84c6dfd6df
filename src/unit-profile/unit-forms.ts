import { type FieldErrors } from '../common/views/form.js';
import { type FormBody, submittedValues } from '../common/views/form-submission.js';

/** The entry forms of the unit page; field names are the API's, ids and errors are prefixed by the form. */
export const UNIT_FORMS = {
  appraisal: ['year', 'rating'],
  award: ['awardType', 'year', 'basis', 'decisionNumber', 'decisionDate', 'issuerName'],
  freeze: ['reason', 'from', 'to'],
  lift: ['to'],
} as const;
export type UnitForm = keyof typeof UNIT_FORMS;
export const UNIT_FORM_NAMES = Object.keys(UNIT_FORMS) as UnitForm[];

export type UnitFormValues = { [F in UnitForm]: Record<(typeof UNIT_FORMS)[F][number], string> };

export function emptyUnitValues(): UnitFormValues {
  const empty = <F extends UnitForm>(form: F) => Object.fromEntries(UNIT_FORMS[form].map((field) => [field, ''])) as UnitFormValues[F];
  return { appraisal: empty('appraisal'), award: { ...empty('award'), basis: 'regular' }, freeze: empty('freeze'), lift: empty('lift') };
}

/** A refused form shows what was typed in it; the others stay empty. */
export const submittedUnitEntry = (form: UnitForm, body: FormBody): UnitFormValues => ({
  ...emptyUnitValues(),
  [form]: submittedValues(body, UNIT_FORMS[form]),
});

/** Ids and errors are prefixed by the form (`award-year`, `award-form`): several forms share the page. */
export const unitEntryErrors =
  (form: UnitForm) =>
  (errors: FieldErrors): FieldErrors =>
    Object.fromEntries(Object.entries(errors).map(([field, message]) => [`${form}-${field === '_form' ? 'form' : field}`, message]));
