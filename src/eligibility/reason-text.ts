import { type MessageKey, translate } from '../i18n/translate.js';
import type { vi } from '../i18n/vi.js';
import type { ConfirmationStatement, Period, Reason, ReasonKey, ReasonParam } from '../law/index.js';
import { INITIATIVE_LEVELS, type Locale, RATINGS } from '../kernel/index.js';

/**
 * The law's reasons in words: each criterion answers `{ key, params }` (src/law/reasons.ts) and this
 * adapter writes the sentence of `law.reasons.<key>` in the reader's language, formatting every param
 * by its kind.
 */

const NUMBER_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function reasonText(reason: Reason, lang: Locale): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(reason.params as Record<string, ReasonParam>)) {
    values[name] = paramText(value, lang);
  }
  return translate(lang, `law.reasons.${reason.key}`, values).normalize('NFC');
}

/** 2025-03-01 → 01/03/2025, as Vietnamese documents write dates (and the English pages too). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

function paramText(param: ReasonParam, lang: Locale): string {
  const t = (key: MessageKey, params: Record<string, unknown> = {}): string => translate(lang, key, params);
  switch (param.kind) {
    case 'count':
    case 'year':
      return String(param.value);
    case 'years':
      return param.value.length === 0 ? t('law.phrases.noYear') : param.value.join(', ');
    case 'year_choices':
      return param.value.join(t('law.phrases.or'));
    case 'year_run':
      return yearRunText(param.value, lang);
    case 'share':
      // Rounded to a tenth, half up, in integers so no float error creeps in (1/13 → 7,7%; 2/3 → 66,7%).
      return percentText(Math.round((param.count * 1000) / param.total) / 10, lang);
    case 'percent':
      return percentText(param.value, lang);
    case 'award':
      return t(`law.awardsShort.${param.value}`);
    case 'rating':
      return t(`law.ratings.${param.value}`);
    case 'minimum_rating': {
      const rating = t(`law.ratings.${param.value}`);
      return param.value === RATINGS[0] ? rating : t('law.phrases.ratingOrBetter', { rating });
    }
    case 'initiative_level':
      return inSentence(t(`law.initiativeLevels.${param.value}`), lang);
    case 'minimum_initiative_level': {
      const level = inSentence(t(`law.initiativeLevels.${param.value}`), lang);
      return param.value === INITIATIVE_LEVELS[INITIATIVE_LEVELS.length - 1] ? level : t('law.phrases.levelOrHigher', { level });
    }
    case 'discipline_level':
      return inSentence(t(`law.disciplineLevels.${param.value}`), lang);
    case 'period':
      return periodText(param.value, lang);
    case 'text':
      return param.value;
    case 'names':
      return param.value.join(', ');
    case 'statements':
      return param.value.map((statement) => t(`law.statements.${statement}`)).join('; ');
    case 'reason':
      return reasonText(param.value, lang);
    case 'reasons': {
      const texts = param.value.map((nested) => reasonText(nested, lang));
      if (param.join === 'numbered') {
        return texts.map((text, index) => `(${index + 1}) ${text}`).join('; ');
      }
      return texts.join(param.join === 'list' ? ', ' : '; ');
    }
    case 'notes':
      return param.value.map((note) => `; ${reasonText(note, lang)}`).join('');
    default: {
      const unhandled: never = param;
      throw new Error(`reason-text: unhandled param kind ${(unhandled as ReasonParam).kind}`);
    }
  }
}

/** "2021–2025", "2025", or "no year". */
function yearRunText(run: readonly number[], lang: Locale): string {
  if (run.length === 0) {
    return translate(lang, 'law.phrases.noYear');
  }
  const first = run[0];
  const last = run[run.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/** 66.6 → "66,6%" in Vietnamese, "66.6%" in English; whole numbers without decimals. */
function percentText(value: number, lang: Locale): string {
  return `${new Intl.NumberFormat(NUMBER_LOCALES[lang], { maximumFractionDigits: 1 }).format(value)}%`;
}

/** "từ 01/03/2025 đến 30/06/2025" / "from 01/03/2025 to 30/06/2025"; an open period runs "đến nay" / "since". */
function periodText(period: Period, lang: Locale): string {
  const from = formatDate(period.from);
  return period.to === null
    ? translate(lang, 'law.phrases.openPeriod', { from })
    : translate(lang, 'law.phrases.period', { from, to: formatDate(period.to) });
}

/** Labels are written for a list ("Cảnh cáo"); inside a sentence they start lower-case ("cảnh cáo"). */
function inSentence(label: string, lang: Locale): string {
  return label.charAt(0).toLocaleLowerCase(NUMBER_LOCALES[lang]) + label.slice(1);
}

/*
 * The compiler checks that the catalogue words every reason and statement of the law, and nothing
 * else: a new reason key without its sentence (or a sentence left behind) fails to compile here,
 * naming the key.
 */
type ReasonCatalogue = (typeof vi)['law']['reasons'];
type CataloguedReason = { [G in keyof ReasonCatalogue]: `${G & string}.${keyof ReasonCatalogue[G] & string}` }[keyof ReasonCatalogue];
type Missing<A, B> = [Exclude<A, B>] extends [never] ? true : Exclude<A, B>;

const _everyReasonHasASentence: Missing<ReasonKey, CataloguedReason> = true;
const _everySentenceHasAReason: Missing<CataloguedReason, ReasonKey> = true;
const _everyStatementHasWords: Missing<ConfirmationStatement, keyof (typeof vi)['law']['statements']> = true;
