/**
 * Capitalisation per ND 30/2020 Phụ lục II: every syllable of a Vietnamese personal name starts
 * with a capital ("Nguyễn Thị Minh Khai"), whatever case it was typed in; NFC; white space collapsed.
 */
import { normalizeText } from '../../common/text/vietnamese.js';

const capitaliseWord = (word: string): string =>
  word
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('vi') + part.slice(1).toLocaleLowerCase('vi'))
    .join('-');

/** "  nguyễn   THỊ minh khai " → "Nguyễn Thị Minh Khai" (decomposed input comes out precomposed). */
export function capitalisePersonName(name: string): string {
  // NFC first: a decomposed "ễ" would otherwise be a base letter plus marks, and charAt(0) would split it.
  return normalizeText(name).split(' ').map(capitaliseWord).join(' ');
}
