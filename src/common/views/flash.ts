import { IsIn, IsOptional } from 'class-validator';
import { translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';

/**
 * The address a saved form goes to, with what was saved (`saved=1`, `saved=appraisal`) for the page
 * there to say: the flash message travels in the address, so it needs no session and survives a reload.
 * With an anchor, the page opens at the section the form was in rather than at the top.
 */
export const withFlash = (address: string, saved: string, anchor?: string): string =>
  `${address}${address.includes('?') ? '&' : '?'}saved=${saved}${anchor ? `#${anchor}` : ''}`;

/** `?saved=1`, which a page reached after saving a form shows as "Saved". */
export class FlashQuery {
  @IsOptional()
  @IsIn(['1'])
  saved?: '1';
}

/** "Đã lưu." / "Saved." when the page was reached after saving, else none. */
export const flashMessage = (lang: Locale, query: FlashQuery): string | null => (query.saved ? translate(lang, 'common.saved') : null);
