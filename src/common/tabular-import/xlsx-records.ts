import ExcelJS, { type CellValue } from 'exceljs';
import type { RawRecord } from './csv-records.js';
import { ImportFileRejected } from './import-problems.js';

// Excel counts days from 1899-12-30 (the 1900 leap-year bug included); 25569 is 1970-01-01.
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as a Vietnamese reader sees it: dd/mm/yyyy, with the time only when there is one. */
function dateText(date: Date): string {
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const minutes = Math.round((date.getTime() % DAY_MS) / 60_000);
  return minutes === 0 ? day : `${day} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** True for number formats that show a date (d, m, y, h or s outside quoted text and [..] parts). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) {
    return false;
  }
  const bare = numFmt
    .replace(/"[^"]*"/gu, '')
    .replace(/\[[^\]]*\]/gu, '')
    .replace(/\\./gu, '');
  return /[dmyhs]/iu.test(bare) && !/^general$/iu.test(bare.trim());
}

/**
 * A number as the cell shows it: dates for date formats, leading zeros kept for formats such as
 * "00000" (codes typed as numbers), otherwise Excel's 15 significant digits, never exponent form.
 */
function numberText(value: number, numFmt: string | undefined): string {
  if (isDateFormat(numFmt)) {
    return dateText(new Date(Math.round((value - UNIX_EPOCH_SERIAL) * DAY_MS)));
  }
  const zeros = /^0+$/u.exec(numFmt ?? '');
  const plain = Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(15)));
  return zeros && Number.isInteger(value) && value >= 0 ? plain.padStart(zeros[0].length, '0') : plain;
}

/** The text a person sees in the cell: formulas by their computed result, rich text joined, links by their text. */
export function cellText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    return numberText(value, numFmt);
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : dateText(value);
  }
  if ('richText' in value) {
    return value.richText.map((run) => run.text).join('');
  }
  if ('hyperlink' in value) {
    // The link's text is itself rich text when the words are formatted.
    return cellText(value.text as CellValue, numFmt);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    // A workbook saved by a program that does not calculate has no cached result: nothing shown.
    return cellText(value.result ?? null, numFmt);
  }
  if ('error' in value) {
    return value.error;
  }
  return '';
}

/** The rows of the first visible worksheet, numbered as Excel numbers them; empty rows left out. */
export async function readXlsx(buffer: Buffer, filename: string): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw new ImportFileRejected('MALFORMED_REQUEST', 'notWorkbook', { name: filename });
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) {
    throw new ImportFileRejected('MALFORMED_REQUEST', 'notWorkbook', { name: filename });
  }
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    records.push({ line: rowNumber, cells });
  });
  return records;
}
