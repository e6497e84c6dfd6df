import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';

/**
 * The address a saved form goes to, with what was saved (`saved=1`, `saved=appraisal`) for the page
 * there to say: the flash message travels in the address, so it needs no session and survives a reload.
 * With an anchor, the page opens at the section the form was in rather than at the top.
 */
export const withFlash = (address: string, saved: string, anchor?: string): string => {
  // Before the fragment, if any (`/staff/1/history#appraisals`): the page returns to the section the user was in.
  const [path, fragment] = address.split('#', 2) as [string, string | undefined];
  const section = anchor ?? fragment;
  return `${path}${path.includes('?') ? '&' : '?'}saved=${saved}${section === undefined ? '' : `#${section}`}`;
};

/** `?saved=1`, which a page reached after saving a form shows as "Saved". */
export class FlashQuery {
  @IsOptional()
  @IsIn(['1'])
  saved?: '1';

  /** What was unlikely about what was saved (`warningsQuery`); read by `flashWarnings`. */
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  w?: string | string[];
}

/** "Đã lưu." / "Saved." when the page was reached after saving, else none. */
export const flashMessage = (lang: Locale, query: FlashQuery): string | null => (query.saved ? translate(lang, 'common.saved') : null);
