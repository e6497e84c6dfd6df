import { isDateOnly } from '../validation/is-date-only.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
// Day first, as Vietnamese forms write dates: 21/03/1985, 21-03-1985, 21.03.1985, 1/3/1985.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * A calendar date written yyyy-mm-dd or day first (dd/mm/yyyy), as YYYY-MM-DD; null when the text
 * is not a real date between 1900 and 2100 ("30/02/1990" is not). Month-first is never guessed.
 */
export function parseDateText(text: string): string | null {
  const iso = ISO.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const value = iso
    ? `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`
    : dayFirst
      ? `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}`
      : null;
  return value !== null && isDateOnly(value) ? value : null;
}
