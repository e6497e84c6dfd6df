import { exportLinks } from '../common/export/export-links.js';
import { pagerFor } from '../common/paging/pager.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { type FormBody, type Submission, submittedValues } from '../common/views/form-submission.js';
import type { AwardTypeView } from '../catalogue/index.js';
import { translate } from '../i18n/translate.js';
import type { UnitOption } from '../units/index.js';
import type { CANDIDATE_FILTERS, ListCandidatesQuery } from './dto/list-candidates.query.js';
import type { CandidatesPage, CandidateView } from './eligibility.service.js';
import { awardChoiceGroups, criterionRows, defaultRoundYear, rulesLegend } from './eligibility.views.js';
import { engineErrorCode } from './engine-refusal.js';
import { rulebookFor } from '../law/index.js';
import { yearEnd } from '../law/periods.js';
import { AWARD_SUBJECTS, type AwardCode, type Locale } from '../kernel/index.js';

/** The view models of "Ai đủ điều kiện năm nay", the candidates page. */

const FILTER_FIELDS = ['awardType', 'subject', 'year', 'unitId', 'filter'] as const;
/** "Everyone" first: it is what an empty filter means, and a select shows its first option when none matches. */
const FILTER_ORDER: ReadonlyArray<(typeof CANDIDATE_FILTERS)[number]> = ['all', 'eligible', 'near_miss'];

export type CandidatesSearch = Submission<ListCandidatesQuery, CandidatesPage>;

/** The filters as the page first shows them: last year's Lao động tiên tiến, unless the address says otherwise. */
export const candidatesForm = (query: FormBody): FormBody => ({ awardType: 'LDTT', year: String(defaultRoundYear()), ...query });

/** An engine refusal (no rulebook for the year…) is said above the results, not beside a field. */
export const candidatesFieldErrors = (error: unknown, lang: Locale): FieldErrors =>
  engineErrorCode(error) ? {} : domainFieldErrors(error, lang);

export function candidatesView(
  form: FormBody,
  search: CandidatesSearch,
  types: readonly AwardTypeView[],
  units: UnitOption[],
  lang: Locale,
) {
  const values = submittedValues(form, FILTER_FIELDS);
  const page = search.ok ? search.result : null;
  const refusal = search.ok ? null : engineErrorCode(search.error);
  const rulebook = safeRulebook(search.value?.asOf ? search.value.asOf : yearEnd(search.value?.year ?? defaultRoundYear()));
  const award = (page?.awardType ?? null) as AwardCode | null;
  return {
    title: translate(lang, 'eligibility.title'),
    values,
    error: refusal ? translate(lang, `errors.${refusal}`) : null,
    awardGroups: awardChoiceGroups(types, rulebook, null, lang),
    subjectChoices: AWARD_SUBJECTS.map((value) => ({ value, label: translate(lang, `catalogue.subjects.${value}`) })),
    filterChoices: FILTER_ORDER.map((value) => ({ value, label: translate(lang, `eligibility.filters.${value}`) })),
    unitOptions: units,
    result: page ? resultModel(page, values, lang) : null,
    legend: rulesLegend(rulebook, types, lang, award),
  };
}

/** The rulebook of the date, or the current one when none covers it (the page still shows its legend). */
function safeRulebook(date: string) {
  try {
    return rulebookFor(date);
  } catch {
    return rulebookFor(yearEnd(new Date().getFullYear()));
  }
}

function resultModel(page: CandidatesPage, values: Record<(typeof FILTER_FIELDS)[number], string>, lang: Locale) {
  const isStaff = page.subject === 'individual';
  return {
    heading: translate(lang, 'eligibility.resultFor', { award: translate(lang, `law.awards.${page.awardType}`), year: page.year }),
    subjectLabel: translate(lang, `catalogue.subjects.${page.subject}`),
    counts: translate(lang, 'eligibility.counts', page.counts),
    isStaff,
    items: page.items.map((item) => itemModel(item, page, isStaff, lang)),
    exportLinks: exportLinks('/eligibility', { ...values, year: String(page.year) }),
    pager: pagerFor('/eligibility', { ...values, year: String(page.year) }, page),
  };
}

function itemModel(item: CandidateView, page: CandidatesPage, isStaff: boolean, lang: Locale) {
  return {
    name: item.name,
    code: item.code,
    unitName: item.unitName,
    historyHref: isStaff ? `/staff/${item.id}/history?year=${page.year}&awardType=${page.awardType}#eligibility` : null,
    status: item.status,
    statusLabel: translate(lang, `eligibility.status.${item.status}`),
    missing: criterionRows(item.missing, lang),
    toConfirm: item.toConfirm > 0 ? translate(lang, 'eligibility.toConfirm', { count: item.toConfirm }) : null,
  };
}
