/**
 * Cells of the files the service will export (CSV and XLSX, issue 8), made safe to open in a
 * spreadsheet. A cell beginning with `=`, `+`, `-` or `@` is read by Excel, LibreOffice and Google
 * Sheets as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`), and so is one beginning with a TAB or
 * CR before such a character; names and positions people typed are stored verbatim, so every
 * export neutralises them on the way out (OWASP "CSV Injection").
 */

const FORMULA_START = /^[=+\-@\t\r]/u;

/** Whether a spreadsheet would read the text as a formula (or may, after trimming a leading TAB or CR). */
export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/**
 * A text cell for CSV: with a leading apostrophe when it would be read as a formula, which the
 * spreadsheet shows as text and does not display. Numbers and dates the service writes itself are
 * not user text and need no neutralising: pass them as numbers to {@link xlsxCell}, or as they are.
 */
export const csvTextCell = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);

/** A CSV field: the neutralised text, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = typeof value === 'number' ? String(value) : csvTextCell(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/**
 * An XLSX cell as exceljs writes it: text always as a shared string (a text cell), never as a
 * `{ formula }`, so the spreadsheet never evaluates it, whatever it begins with; the text stays
 * exactly as stored (no apostrophe: a text cell needs none). Numbers stay numbers.
 */
export interface XlsxCell {
  value: string | number | null;
  /** `@` is Excel's "Text" number format: what is typed into the cell later stays text too. */
  numFmt?: '@';
}

export function xlsxCell(value: string | number | null | undefined): XlsxCell {
  if (value === null || value === undefined) {
    return { value: null };
  }
  return typeof value === 'number' ? { value } : { value, numFmt: '@' };
}
