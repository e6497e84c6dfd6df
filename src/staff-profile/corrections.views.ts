import { pageDateText } from '../common/validation/page-date.js';
import type { AppraisalView, AwardRecordView, DisciplineView, FreezeView, InitiativeView, StaffHistory } from '../history/index.js';
import { translate } from '../i18n/translate.js';
import { AWARD_BASES, DISCIPLINE_LEVELS, INITIATIVE_KINDS, INITIATIVE_LEVELS, type Locale, RATINGS } from '../kernel/index.js';

/** The kinds of record the correction page edits or removes, as the address names them. */
export const CORRECTABLE = ['awards', 'appraisals', 'initiatives', 'disciplines', 'freezes'] as const;
export type Correctable = (typeof CORRECTABLE)[number];

/** The section of the profile page each kind is shown in: saving returns there, not to the top. */
export const SECTION_OF: Record<Correctable, string> = {
  awards: 'timeline-title',
  appraisals: 'timeline-title',
  initiatives: 'timeline-title',
  disciplines: 'disciplines-title',
  freezes: 'freezes-title',
};

type AnyRecord = AwardRecordView | AppraisalView | InitiativeView | DisciplineView | FreezeView;

/** The record of this person, if it is theirs and still counts. */
export function findRecord(history: StaffHistory, entity: Correctable, id: string): AnyRecord | undefined {
  const lists: Record<Correctable, AnyRecord[]> = {
    awards: [...history.titles, ...history.commendations],
    appraisals: history.appraisals,
    initiatives: history.initiatives,
    disciplines: history.disciplines,
    freezes: history.freezes,
  };
  return lists[entity].find((record) => record.id === id && record.deletedAt === null);
}

/** What the edit form shows: the stored record (dates as dd/mm/yyyy), or what was typed in a refused form. */
export function storedValues(entity: Correctable, record: AnyRecord): Record<string, string> {
  const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
  switch (entity) {
    case 'awards': {
      const a = record as AwardRecordView;
      return {
        awardType: a.awardType,
        year: text(a.year),
        basis: a.basis,
        decisionNumber: text(a.decisionNumber),
        decisionDate: pageDateText(a.decisionDate),
        issuerName: text(a.issuerName),
      };
    }
    case 'appraisals':
      return { rating: (record as AppraisalView).rating };
    case 'initiatives': {
      const i = record as InitiativeView;
      return { year: text(i.year), title: i.title, level: i.level, kind: i.kind };
    }
    case 'disciplines': {
      const d = record as DisciplineView;
      return { level: d.level, from: pageDateText(d.from), to: pageDateText(d.to) };
    }
    case 'freezes': {
      const f = record as FreezeView;
      return { freezeReason: f.reason, from: pageDateText(f.from), to: pageDateText(f.to) };
    }
  }
}

/** A line that names the record in the page's heading: "Xếp loại hằng năm 2030", "Lao động tiên tiến 2024"… */
function recordName(entity: Correctable, record: AnyRecord, lang: Locale): string {
  switch (entity) {
    case 'awards':
      return `${(record as AwardRecordView).awardName} ${(record as AwardRecordView).year}`;
    case 'appraisals':
      return `${translate(lang, 'history.appraisals')} ${(record as AppraisalView).year}`;
    case 'initiatives':
      return `${translate(lang, 'imports.entities.initiatives')} “${(record as InitiativeView).title}” ${(record as InitiativeView).year}`;
    case 'disciplines':
      return `${translate(lang, `history.disciplineLevels.${(record as DisciplineView).level}`)} ${pageDateText((record as DisciplineView).from)}`;
    case 'freezes':
      return `${translate(lang, 'history.freezes')}: ${(record as FreezeView).reason}`;
  }
}

const options = <V extends string>(values: readonly V[], label: (value: V) => string) =>
  values.map((value) => ({ value, label: label(value) }));

export interface CorrectionPageInput {
  history: StaffHistory;
  entity: Correctable;
  record: AnyRecord;
  awardTypes: Array<{ value: string; label: string }>;
  values?: Record<string, string>;
  reason?: string;
  removeReason?: string;
}

/** The correction page: the record's edit form, pre-filled, and its removal form, each with a required reason. */
export function correctionView(input: CorrectionPageInput, lang: Locale) {
  const { history, entity, record } = input;
  const what = recordName(entity, record, lang);
  return {
    title: translate(lang, 'corrections.editTitle', { what }),
    staff: history.staff,
    entity,
    is: { [entity]: true },
    recordId: record.id,
    what,
    back: `/staff/${history.staff.id}/history#${SECTION_OF[entity]}`,
    values: input.values ?? storedValues(entity, record),
    reason: input.reason ?? '',
    removeReason: input.removeReason ?? '',
    awardTypes: input.awardTypes,
    bases: options(AWARD_BASES, (v) => translate(lang, `history.bases.${v}`)),
    ratings: options(RATINGS, (v) => translate(lang, `history.ratings.${v}`)),
    initiativeLevels: options(INITIATIVE_LEVELS, (v) => translate(lang, `history.initiativeLevels.${v}`)),
    initiativeKinds: options(INITIATIVE_KINDS, (v) => translate(lang, `history.initiativeKinds.${v}`)),
    disciplineLevels: options(DISCIPLINE_LEVELS, (v) => translate(lang, `history.disciplineLevels.${v}`)),
    alert: null,
    formError: null,
  };
}
