import { exportLinks } from '../common/export/export-links.js';
import type { AwardRecordView, StaffHistory } from '../history/index.js';
import { awardChoiceGroups, criterionRows, rulesLegend } from '../eligibility/index.js';
import { translate } from '../i18n/translate.js';
import {
  AWARD_BASES,
  type AwardCode,
  DISCIPLINE_LEVELS,
  INITIATIVE_KINDS,
  INITIATIVE_LEVELS,
  type Locale,
  RATINGS,
} from '../kernel/index.js';
import { rulebookFor } from '../law/index.js';
import { yearEnd } from '../law/periods.js';
import { type EntryForm, type EntryValues, savedAtTheTop } from './entry-forms.js';
import type { StaffProfile } from './staff-profile.service.js';

/** What the entry forms show: the one left open (a refused one), what is in them, what was just saved. */
export interface EntryFormsState {
  open: EntryForm | null;
  values: EntryValues;
  saved?: EntryForm;
}

/**
 * The profile page: the history as a timeline by year, the eligibility panel for the chosen award
 * and year, and the entry forms (HR officers and admins) that post to the history services.
 */
export function profileView(profile: StaffProfile, lang: Locale, forms: EntryFormsState) {
  const { history, types } = profile;
  return {
    title: translate(lang, 'historyPages.title', { name: history.staff.fullName }),
    // A saved entry form says so beside itself (the page opens there, see savedForm); a revocation or correction at the top.
    flash: forms.saved && savedAtTheTop(forms.saved) ? translate(lang, `historyPages.saved.${forms.saved}`) : null,
    savedNote: forms.saved && !savedAtTheTop(forms.saved) ? translate(lang, `historyPages.saved.${forms.saved}`) : null,
    staff: history.staff,
    exportLinks: exportLinks(`/staff/${history.staff.id}/history`, {}),
    timeline: timeline(history, lang),
    disciplines: history.disciplines.map((d) => ({ ...d, levelLabel: translate(lang, `history.disciplineLevels.${d.level}`) })),
    disciplinesWithheld: profile.disciplinesWithheld,
    freezes: history.freezes,
    decisions: profile.decisions.map((decision) => ({
      ...decision,
      stateText: translate(lang, `decisions.pages.states.${decision.state}`),
    })),
    panel: panelView(profile, lang),
    openForm: forms.open,
    /** The form just saved: the page came back at it (its anchor), open, with the flash beside it. */
    savedForm: forms.saved ?? null,
    values: forms.values,
    recordableTypes: types
      .filter((type) => !type.retired && type.subjects.includes('individual'))
      .map((type) => ({ code: type.code, name: type.name })),
    bases: AWARD_BASES.map((value) => ({ value, label: translate(lang, `history.bases.${value}`) })),
    ratings: RATINGS.map((value) => ({ value, label: translate(lang, `history.ratings.${value}`) })),
    initiativeLevels: INITIATIVE_LEVELS.map((value) => ({ value, label: translate(lang, `history.initiativeLevels.${value}`) })),
    initiativeKinds: INITIATIVE_KINDS.map((value) => ({ value, label: translate(lang, `history.initiativeKinds.${value}`) })),
    disciplineLevels: DISCIPLINE_LEVELS.map((value) => ({ value, label: translate(lang, `history.disciplineLevels.${value}`) })),
    alert: null,
    formError: null,
  };
}

/** The eligibility of this person for the chosen award and year; what the engine refuses is said in words. */
function panelView(profile: StaffProfile, lang: Locale) {
  const { question: query, evaluation: result, types } = profile;
  const error = profile.refusal ? translate(lang, `errors.${profile.refusal}`) : null;
  const rulebook = result ? rulebookFor(yearEnd(result.year)) : null;
  const confirm = result ? result.criteria.filter((criterion) => criterion.met === null).length : 0;
  // Years before the Law have no rulebook: choices and legend then follow the first one.
  const choicesRulebook = rulebookFor(yearEnd(Math.max(query.year, 2024)));
  return {
    values: { awardType: query.awardType, year: String(query.year) },
    awardGroups: awardChoiceGroups(types, choicesRulebook, 'individual', lang),
    legend: rulesLegend(rulebook ?? choicesRulebook, types, lang, query.awardType as AwardCode),
    error,
    result: result
      ? {
          eligible: result.eligible,
          verdict: translate(lang, result.eligible ? 'eligibility.eligibleSummary' : 'eligibility.notEligibleSummary'),
          heading: translate(lang, 'eligibility.resultFor', {
            award: translate(lang, `law.awards.${result.awardType as AwardCode}`),
            year: result.year,
          }),
          rulebook: translate(lang, 'eligibility.panel.rulebook', { title: rulebook?.title ?? result.rulebook }),
          confirm: confirm > 0 ? translate(lang, 'eligibility.confirmSummary', { count: confirm }) : null,
          rows: criterionRows(result.criteria, lang),
        }
      : null,
  };
}

interface AwardItem {
  id: string;
  name: string;
  /** Removed by a correction (admins only see it): struck through, with the reason. */
  removed: boolean;
  removedReason: string | null;
  /** Typed in or imported, and still counted: the correction page may edit or remove it (issued ones: a new decision). */
  correctable: boolean;
  revoked: boolean;
  revokedReason: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** Shown only for ad-hoc and thematic awards, which do not count toward higher ones. */
  basisLabel: string | null;
}

function awardItem(award: AwardRecordView, lang: Locale): AwardItem {
  return {
    id: award.id,
    name: award.awardName,
    removed: award.deletedAt !== null,
    removedReason: award.deletedReason,
    correctable: award.deletedAt === null && award.source !== 'issued',
    revoked: award.revoked,
    revokedReason: award.revokedReason,
    decisionNumber: award.decisionNumber,
    decisionDate: award.decisionDate,
    basisLabel: award.basis === 'regular' ? null : translate(lang, `history.bases.${award.basis}`),
  };
}

/** One row per year that has any record, newest first: rating, titles, commendations, initiatives. */
export function timeline(history: StaffHistory, lang: Locale) {
  const years = new Set<number>([
    ...history.titles.map((a) => a.year),
    ...history.commendations.map((a) => a.year),
    ...history.appraisals.map((a) => a.year),
    ...history.initiatives.map((i) => i.year),
  ]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const appraisal = history.appraisals.find((a) => a.year === year && a.deletedAt === null);
      const rating = appraisal?.rating ?? null;
      return {
        year,
        rating: rating === null ? null : translate(lang, `history.ratings.${rating}`),
        appraisalId: appraisal?.id ?? null,
        /** Names the rating in its row's Sửa/Xoá links: "Xếp loại hằng năm 2024". */
        appraisalName: `${translate(lang, 'history.appraisals')} ${year}`,
        // Removed ratings of the year (admins only see them), struck through with the reason.
        removedRatings: history.appraisals
          .filter((a) => a.year === year && a.deletedAt !== null)
          .map((a) => ({ label: translate(lang, `history.ratings.${a.rating}`), reason: a.deletedReason })),
        titles: history.titles.filter((a) => a.year === year).map((a) => awardItem(a, lang)),
        commendations: history.commendations.filter((a) => a.year === year).map((a) => awardItem(a, lang)),
        initiatives: history.initiatives
          .filter((i) => i.year === year)
          .map((i) => ({
            id: i.id,
            removed: i.deletedAt !== null,
            removedReason: i.deletedReason,
            title: i.title,
            label: `${translate(lang, `history.initiativeKinds.${i.kind}`)}, ${translate(lang, `history.initiativeLevels.${i.level}`).toLowerCase()}`,
          })),
      };
    });
}
