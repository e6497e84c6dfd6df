import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { translate } from '../i18n/translate.js';
import type { ProvinceSetting } from '../law/index.js';
import { type AuthUser, hasAnyRole, type Locale } from '../kernel/index.js';
import type { PostableNomination } from './postings.sql.js';
import type { ObjectionView, PostingSummaryView, PostingView } from './posting.types.js';
import { dayMonthYear } from './postings.errors.js';

/** What a saved form of the postings pages comes back with (`?saved=…`), and the message it shows. */
export const POSTING_FLASHES = ['created', 'objection', 'resolved'] as const;
export type PostingFlash = (typeof POSTING_FLASHES)[number];

export class PostingPageQuery {
  @IsOptional()
  @IsIn(POSTING_FLASHES)
  saved?: PostingFlash;

  /** What `answerForm` adds when the service warned (it does not here); accepted so the address stays valid. */
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  w?: string | string[];
}

export const postingFlash = (lang: Locale, saved: PostingFlash | undefined): string | null =>
  saved === undefined ? null : translate(lang, `postings.saved.${saved}`);

const LOCAL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "05/03/2026 14:07", Vietnam's time. */
export const localTime = (at: string): string => LOCAL_TIME.format(new Date(at)).replace(',', '');

/** The achievements as the list shows them: the first 600 characters, the rest on the nomination. */
const summary = (text: string): string => (text.length > 600 ? `${text.slice(0, 600).trimEnd()}…` : text);

const settingText = (lang: Locale, key: 'postings.defaultsInUnit' | 'postings.defaultsStateLevel', setting: ProvinceSetting<number>) => ({
  text: translate(lang, key, { days: setting.value, source: setting.source }),
  verified: setting.verified,
});

export function listRows(lang: Locale, items: readonly PostingSummaryView[]) {
  return items.map((item) => ({
    ...item,
    startsOnText: dayMonthYear(item.startsOn),
    endsOnText: dayMonthYear(item.endsOn),
    statusText: translate(lang, item.open ? 'postings.openYes' : 'postings.openNo'),
  }));
}

/** Values of the resolve form of one objection, as typed when refused. */
export interface ResolveValues {
  objectionId: string;
  resolution: string;
  upheld: string;
}

/** The posting page: the period and its minimum, the list, how to object, the objections the reader may see. */
export function detailModel(
  lang: Locale,
  user: AuthUser,
  posting: PostingView,
  forms: { objection?: { nominationId: string; text: string }; resolve?: ResolveValues } = {},
) {
  const council = hasAnyRole(user, ['council_secretary']);
  const objectable = posting.open ? posting.lines.filter((line) => line.state === 'posted') : [];
  const objectionRow = (objection: ObjectionView) => {
    const resolveValues =
      forms.resolve?.objectionId === objection.id ? forms.resolve : { objectionId: objection.id, resolution: '', upheld: '' };
    return {
      ...objection,
      createdAtText: localTime(objection.createdAt),
      outcomeText:
        objection.upheld === null
          ? translate(lang, 'postings.pending')
          : translate(lang, objection.upheld ? 'postings.upheld' : 'postings.notUpheld'),
      resolvedByText:
        objection.resolvedAt === null
          ? null
          : translate(lang, 'postings.resolvedBy', { name: objection.resolverName ?? '', at: localTime(objection.resolvedAt) }),
      // The secretary's form on each objection not resolved yet (the service refuses its own author and the four-eyes conflicts).
      canResolve: council && objection.resolvedAt === null,
      resolveValues,
      /** This objection's form was the one sent: its errors are shown beside it. */
      submitted: forms.resolve?.objectionId === objection.id,
      upheldYes: resolveValues.upheld === 'true',
      upheldNo: resolveValues.upheld === 'false',
    };
  };
  const startsOnText = dayMonthYear(posting.startsOn);
  const endsOnText = dayMonthYear(posting.endsOn);
  return {
    title: translate(lang, 'postings.detailTitle', { from: startsOnText }),
    posting: {
      ...posting,
      startsOnText,
      endsOnText,
      periodText: translate(lang, 'postings.periodText', { from: startsOnText, to: endsOnText, days: posting.workingDays }),
      minimumText: translate(lang, 'postings.minimumText', { days: posting.minimum.workingDays, source: posting.minimum.source }),
      statusText: translate(lang, posting.open ? 'postings.running' : 'postings.closed', { date: endsOnText }),
      releasedText:
        posting.holdsReleasedAt === null ? null : translate(lang, 'postings.released', { at: localTime(posting.holdsReleasedAt) }),
    },
    lines: posting.lines.map((line, index) => ({
      ...line,
      index: index + 1,
      achievementsSummary: summary(line.achievements),
      stateText: translate(lang, `postings.states.${line.state}`),
    })),
    council,
    objectable: objectable.map((line) => ({
      id: line.nominationId,
      label: `${line.subjectName} — ${line.awardName}`,
      selected: forms.objection?.nominationId === line.nominationId,
    })),
    objectionValues: { text: forms.objection?.text ?? '' },
    objections: posting.objections.map(objectionRow),
    alert: null as string | null,
  };
}

/** The create form: the passed nominations to tick, the start and the days, the minimum in force today. */
export function newModel(
  lang: Locale,
  nominations: readonly PostableNomination[],
  defaults: { inUnit: ProvinceSetting<number>; stateLevel: ProvinceSetting<number> },
  values: { nominationIds: readonly string[]; startsOn: string; workingDays: string },
) {
  return {
    title: translate(lang, 'postings.newTitle'),
    nominations: nominations.map((nomination) => ({
      ...nomination,
      checked: values.nominationIds.includes(nomination.id),
      selectLabel: `${nomination.subjectName} — ${nomination.awardName} ${nomination.year}`,
    })),
    defaults: [
      settingText(lang, 'postings.defaultsInUnit', defaults.inUnit),
      settingText(lang, 'postings.defaultsStateLevel', defaults.stateLevel),
    ],
    values,
    alert: null as string | null,
  };
}
