/**
 * The place and date line (địa danh, ngày tháng năm; ND 30/2020 Phụ lục I, ô 4): days below 10 and
 * the months 1 and 2 take a leading zero, other months do not ("ngày 05 tháng 01 năm 2026",
 * "ngày 15 tháng 3 năm 2026"). A draft leaves blanks for the văn thư to fill in by hand.
 */

/** What stands for a day or month not yet known on a draft: room to write it in by hand. */
export const DATE_BLANK = '      ';

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  }
  return { year, month, day };
}

/**
 * "ngày 05 tháng 01 năm 2026"; with no date, "ngày      tháng      năm 2026" when the year is known
 * (the planned signing year) or blanks for the year too.
 */
export function dateInWords(iso: string | null, draftYear: number | null = null): string {
  if (iso === null) {
    return `ngày${DATE_BLANK}tháng${DATE_BLANK}năm${draftYear === null ? DATE_BLANK : ` ${draftYear}`}`;
  }
  const { year, month, day } = parseIsoDate(iso);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** "Vĩnh Phúc, ngày 05 tháng 01 năm 2026"; a draft without a date: "Vĩnh Phúc, ngày      tháng      năm 2026". */
export function placeAndDate(place: string, iso: string | null, draftYear: number | null = null): string {
  return `${place.normalize('NFC').trim()}, ${dateInWords(iso, draftYear)}`;
}

/** The year of an ISO date, "2026-01-05" → 2026. */
export const yearOf = (iso: string): number => parseIsoDate(iso).year;
