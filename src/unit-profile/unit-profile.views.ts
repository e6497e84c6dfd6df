import { pagerFor } from '../common/paging/pager.js';
import { type CriterionRow, criterionRows } from '../eligibility/index.js';
import type { AwardRecordView, UnitHistory } from '../history/index.js';
import { translate } from '../i18n/translate.js';
import { AWARD_BASES, type AwardCode, isAwardCode, type Locale, RATINGS } from '../kernel/index.js';
import type { EligibilityResult } from '../law/index.js';
import type { UnitForm, UnitFormValues } from './unit-forms.js';
import type { UnitProfile } from './unit-profile.service.js';

/** What the entry forms show: the one left open (refused, or opened by a fix link), what is in them, what was just saved. */
export interface UnitFormsState {
  open: UnitForm | null;
  values: UnitFormValues;
  saved?: UnitForm;
}

/** A link from a criterion not met to what fixes it: a pre-filled form on this page, or the list that shows who is missing. */
export interface Fix {
  label: string;
  href: string;
}

/**
 * Where each collective criterion not met is fixed, by criterion code: the collective rating, a
 * collective award, the freezes, or the members (whose own records are fixed on their pages; the
 * candidates list of the unit shows who is missing what). Confirmations and "already awarded" have
 * nothing to fix here.
 */
export function fixesFor(code: string, unitId: string, year: number, lang: Locale): Fix[] {
  const page = (params: Record<string, string>, anchor: string): string =>
    `/units/${unitId}?${new URLSearchParams({ year: String(year), ...params }).toString()}#${anchor}`;
  const rating = (formYear: number): Fix => ({
    label: translate(lang, 'unitPage.fix.rating', { year: formYear }),
    href: page({ open: 'appraisal', formYear: String(formYear) }, 'form-appraisal'),
  });
  const award = (awardType: AwardCode, formYear: number): Fix => ({
    label: translate(lang, 'unitPage.fix.award', { award: translate(lang, `law.awards.${awardType}`), year: formYear }),
    href: page({ open: 'award', formYear: String(formYear), formAward: awardType }, 'form-award'),
  });
  const candidates = (awardType: AwardCode): Fix => ({
    label: translate(lang, 'unitPage.fix.members', { award: translate(lang, `law.awards.${awardType}`) }),
    href: `/eligibility?${new URLSearchParams({ awardType, year: String(year), unitId }).toString()}`,
  });
  switch (code) {
    case 'rating_good_or_better':
    case 'rating_excellent':
      return [rating(year)];
    case 'excellent_or_ttldxs_2_consecutive':
      return [rating(year - 1), rating(year), award('TTLDXS', year - 1)];
    case 'members_ldtt_70pct':
    case 'all_members_completed':
      return [candidates('LDTT')];
    case 'member_cstdcs_at_least_one':
      return [candidates('CSTDCS')];
    case 'no_member_warning_or_above':
      return [{ label: translate(lang, 'unitPage.fix.memberDiscipline'), href: '#members' }];
    case 'no_freeze':
      return [{ label: translate(lang, 'unitPage.fix.freeze'), href: '#freezes' }];
    default:
      return [];
  }
}

interface PanelRow extends CriterionRow {
  fixes: Fix[];
}

function awardPanel(result: EligibilityResult, unitId: string, lang: Locale) {
  const rows: PanelRow[] = criterionRows(result.criteria, lang).map((row) => ({
    ...row,
    fixes: row.state === 'not_met' ? fixesFor(row.code, unitId, result.year, lang) : [],
  }));
  const missing = rows.filter((row) => row.state === 'not_met').length;
  const confirm = rows.filter((row) => row.state === 'to_confirm').length;
  return {
    awardType: result.awardType,
    name: isAwardCode(result.awardType) ? translate(lang, `law.awards.${result.awardType}`) : result.awardType,
    eligible: result.eligible,
    verdict: translate(lang, result.eligible ? 'eligibility.eligibleSummary' : 'eligibility.notEligibleSummary'),
    summary: result.eligible
      ? confirm > 0
        ? translate(lang, 'eligibility.confirmSummary', { count: confirm })
        : null
      : translate(lang, 'unitPage.panel.missing', { count: missing }),
    rows,
  };
}

function panelView(profile: UnitProfile, lang: Locale) {
  const { eligibility, question } = profile;
  return {
    year: question.year,
    error: profile.refusal ? translate(lang, `errors.${profile.refusal}`) : null,
    rulebook: eligibility ? eligibility.rulebook : null,
    awards: eligibility ? eligibility.results.map((result) => awardPanel(result, profile.unit.id, lang)) : [],
  };
}

function awardItem(award: AwardRecordView, lang: Locale) {
  return {
    id: award.id,
    name: award.awardName,
    revoked: award.revoked,
    revokedReason: award.revokedReason,
    decisionNumber: award.decisionNumber,
    decisionDate: award.decisionDate,
    basisLabel: award.basis === 'regular' ? null : translate(lang, `history.bases.${award.basis}`),
  };
}

/** One row per year with a collective rating or award, newest first. */
export function unitTimeline(history: UnitHistory, lang: Locale) {
  const years = new Set<number>([
    ...history.titles.map((a) => a.year),
    ...history.commendations.map((a) => a.year),
    ...history.appraisals.map((a) => a.year),
  ]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const rating = history.appraisals.find((a) => a.year === year)?.rating ?? null;
      return {
        year,
        rating: rating === null ? null : translate(lang, `history.ratings.${rating}`),
        titles: history.titles.filter((a) => a.year === year).map((a) => awardItem(a, lang)),
        commendations: history.commendations.filter((a) => a.year === year).map((a) => awardItem(a, lang)),
      };
    });
}

/** The unit page: details, collective history, members, sub-units, the eligibility panel and the entry forms. */
export function unitPageView(profile: UnitProfile, lang: Locale, forms: UnitFormsState) {
  const { unit, history, members, types, question } = profile;
  const pager = pagerFor(`/units/${unit.id}`, { year: String(question.year) }, members);
  return {
    title: unit.name,
    flash: forms.saved ? translate(lang, `unitPage.saved.${forms.saved}`) : null,
    unit,
    parent: profile.parent,
    subUnits: profile.subUnits.map((sub) => ({ ...sub, treeClass: `tree-${Math.min(sub.relativeDepth - 1, 4)}` })),
    timeline: unitTimeline(history, lang),
    freezes: history.freezes,
    members: members.items,
    membersTotal: members.total,
    pager: {
      ...pager,
      prevHref: pager.prevHref && `${pager.prevHref}#members`,
      nextHref: pager.nextHref && `${pager.nextHref}#members`,
    },
    panel: panelView(profile, lang),
    openForm: forms.open,
    values: forms.values,
    recordableTypes: types
      .filter((type) => !type.retired && type.subjects.includes('collective'))
      .map((type) => ({ code: type.code, name: type.name })),
    bases: AWARD_BASES.map((value) => ({ value, label: translate(lang, `history.bases.${value}`) })),
    ratings: RATINGS.map((value) => ({ value, label: translate(lang, `history.ratings.${value}`) })),
    alert: null,
    formError: null,
  };
}
