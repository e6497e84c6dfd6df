import type { RawRecord } from './csv-records.js';
import type { ImportBudget } from './import-budget.js';
import { ImportFileRejected } from './import-problems.js';
import { readNumberFormats, readSharedStrings, readWorkbookLayout } from './xlsx-workbook.js';
import { readXmlPart } from './xlsx-xml.js';
import { NotAZip, readZipDirectory, type ZipEntry } from './zip-archive.js';

// Excel counts days from 1899-12-30 (the 1900 leap-year bug included); 25569 is 1970-01-01.
const UNIX_EPOCH_SERIAL = 25569;
// A workbook in the 1904 date system counts from 1904-01-01, 1462 days later.
const DATE_1904_OFFSET = 1462;
const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as a Vietnamese reader sees it: dd/mm/yyyy, with the time only when there is one. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    return '';
  }
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
 * The wider test the reader used before (exceljs): any y, m, d, h, M, s or b (Buddhist year)
 * outside quotes and brackets, escaped or not. Kept so that every cell shown as a date before
 * still is.
 */
const looksLikeDate = (numFmt: string): boolean => /[ymdhMsb]/u.test(numFmt.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, ''));

/**
 * A number as the cell shows it: dates for date formats, leading zeros kept for formats such as
 * "00000" (codes typed as numbers), otherwise Excel's 15 significant digits, never exponent form.
 */
function numberText(value: number, numFmt: string | undefined, date1904: boolean): string {
  if (numFmt !== undefined && (isDateFormat(numFmt) || looksLikeDate(numFmt))) {
    const serial = value - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0);
    return dateText(new Date(Math.round(serial * DAY_MS)));
  }
  const zeros = /^0+$/u.exec(numFmt ?? '');
  const plain = Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(15)));
  return zeros && Number.isInteger(value) && value >= 0 ? plain.padStart(zeros[0].length, '0') : plain;
}

/** What the sheet's cells refer to: shared strings, number formats by style, the date system. */
interface SheetContext {
  strings: readonly string[];
  formats: ReadonlyArray<string | undefined>;
  date1904: boolean;
}

/** One `<c>` element while it is read. */
interface CellInProgress {
  column: number;
  /** The `t` attribute: s (shared string), str, inlineStr, b, e, d, or n (number, the default). */
  type: string;
  numFmt: string | undefined;
  /** The `<v>` text; for a formula, its cached result. */
  value: string | null;
  formula: boolean;
  /** The `<is>` text of an inline string. */
  inline: string | null;
}

/**
 * The text a person sees in the cell: formulas by their cached result (none when the program that
 * saved it does not calculate), shared and inline strings with their rich text runs joined, links
 * by their text, booleans as TRUE/FALSE, errors as written (#N/A).
 */
function cellText(cell: CellInProgress, context: SheetContext): string {
  const value = cell.value;
  if (cell.formula) {
    if (!value) {
      return '';
    }
    switch (cell.type) {
      case 'str':
      case 'e':
        return value;
      case 'b':
        return Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
      default:
        return numberText(Number.parseFloat(value), cell.numFmt, context.date1904);
    }
  }
  if (cell.type === 'inlineStr') {
    return cell.inline ?? value ?? '';
  }
  if (value === null) {
    return '';
  }
  switch (cell.type) {
    case 's':
      return context.strings[Number.parseInt(value, 10)] ?? '';
    case 'str':
    case 'e':
      return value;
    case 'b':
      return Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'd':
      return dateText(new Date(value));
    default:
      return numberText(Number.parseFloat(value), cell.numFmt, context.date1904);
  }
}

const CELL_REFERENCE = /^([A-Z]{1,3})(\d+)$/u;

/** "AB12" → column 28 and row 12. */
function parseReference(reference: string): { column: number; row: number } {
  const match = CELL_REFERENCE.exec(reference.replaceAll('$', '').toUpperCase());
  if (!match) {
    throw new NotAZip(`bad cell reference ${reference}`);
  }
  let column = 0;
  for (const letter of match[1]) {
    column = column * 26 + letter.charCodeAt(0) - 64;
  }
  return { column, row: Number(match[2]) };
}

const fillGaps = (cells: readonly string[]): string[] => Array.from(cells, (cell) => cell ?? '');

/**
 * Merged cells show the value of their top-left cell in every cell of the range, as the reader
 * before did (exceljs): a unit written once beside several rows belongs to each of them. The
 * ranges come after the rows in the sheet, so they are applied at the end, within the limits.
 */
async function applyMerges(rows: Map<number, string[]>, ranges: readonly string[], budget: ImportBudget): Promise<void> {
  const { limits } = budget;
  let cells = 0;
  for (const range of ranges) {
    const [from, to] = range.split(':');
    if (to === undefined) {
      continue;
    }
    const start = parseReference(from);
    const end = parseReference(to);
    const master = rows.get(start.row)?.[start.column - 1] ?? '';
    if (master === '' || end.row < start.row || end.column < start.column) {
      continue;
    }
    budget.column(end.column, start.row);
    cells += (end.row - start.row + 1) * (end.column - start.column + 1);
    if (cells > (limits.rows + 1) * limits.columns) {
      throw new NotAZip('merged ranges cover more cells than a sheet within the limits has');
    }
    for (let row = start.row; row <= end.row; row++) {
      const known = rows.get(row);
      const cellsOfRow = known ?? [];
      for (let column = start.column; column <= end.column; column++) {
        if (row !== start.row || column !== start.column) {
          cellsOfRow[column - 1] = master;
        }
      }
      if (!known && budget.keep(cellsOfRow)) {
        rows.set(row, cellsOfRow);
      }
      await budget.pause();
    }
  }
}

/**
 * The rows of one worksheet, streamed: a row is kept when it has text, each cell is checked against
 * the column and cell limits as it closes, and the budget counts rows and blank rows as they come,
 * so a sheet of two million rows is refused at the first row past the limit.
 */
async function readSheet(buffer: Buffer, sheet: ZipEntry, context: SheetContext, budget: ImportBudget): Promise<RawRecord[]> {
  const rows = new Map<number, string[]>();
  const merges: string[] = [];
  let rowNumber = 0;
  let row: string[] | null = null;
  let column = 0;
  let cell: CellInProgress | null = null;
  let reading: 'value' | 'inline' | 'formula' | null = null;
  let inlineString = false;
  let phonetic = 0;

  const collect = (text: string): void => {
    if (!cell || reading === null) {
      return;
    }
    if (reading === 'formula') {
      // Only whether there is a formula matters; the cell shows its cached result, in <v>.
      cell.formula ||= text !== '';
      return;
    }
    const sofar = reading === 'value' ? (cell.value ??= '') : (cell.inline ??= '');
    budget.cell(sofar.length + text.length, rowNumber);
    if (reading === 'value') {
      cell.value = sofar + text;
    } else {
      cell.inline = sofar + text;
    }
  };

  await readXmlPart(buffer, sheet, budget, {
    open(element, attributes) {
      switch (element) {
        case 'row':
          rowNumber = attributes.r ? Number.parseInt(attributes.r, 10) : rowNumber + 1;
          if (!Number.isSafeInteger(rowNumber) || rowNumber < 1) {
            throw new NotAZip(`bad row number ${attributes.r}`);
          }
          row = rows.get(rowNumber) ?? [];
          column = 0;
          break;
        case 'c': {
          column = attributes.r ? parseReference(attributes.r).column : column + 1;
          const style = attributes.s ? Number.parseInt(attributes.s, 10) : 0;
          cell = {
            column,
            type: attributes.t ?? 'n',
            numFmt: style ? context.formats[style] : undefined,
            value: null,
            formula: false,
            inline: null,
          };
          break;
        }
        case 'v':
          reading = 'value';
          break;
        case 'f':
          if (cell) {
            // A formula with text, or a cell of a shared formula (t="shared", with no text of its own).
            cell.formula ||= attributes.t !== undefined;
            reading = 'formula';
          }
          break;
        case 'is':
          inlineString = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inlineString && phonetic === 0) {
            reading = 'inline';
          }
          break;
        case 'mergeCell':
          if (attributes.ref) {
            merges.push(attributes.ref);
          }
          break;
        default:
          break; // every other element of the sheet carries nothing we read
      }
    },
    text: collect,
    close(element) {
      switch (element) {
        case 'v':
        case 'f':
        case 't':
          reading = null;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'is':
          inlineString = false;
          break;
        case 'c':
          if (cell && row) {
            const text = cellText(cell, context);
            if (text !== '') {
              budget.column(cell.column, rowNumber);
              budget.cell(text.length, rowNumber);
              row[cell.column - 1] = text;
            }
          }
          cell = null;
          break;
        case 'row':
          if (row && !rows.has(rowNumber) && budget.keep(fillGaps(row))) {
            rows.set(rowNumber, row);
          }
          row = null;
          break;
        default:
          break;
      }
    },
  });
  await applyMerges(rows, merges, budget);
  const records: RawRecord[] = [];
  for (const line of [...rows.keys()].sort((a, b) => a - b)) {
    records.push({ line, cells: fillGaps(rows.get(line)!) });
    await budget.pause();
  }
  return records;
}

/**
 * The rows of the first visible worksheet, numbered as Excel numbers them; empty rows left out.
 * The zip's directory is checked against the limits before anything is inflated; then only the
 * parts the sheet needs are inflated, streamed, each bounded by the size its directory declared.
 */
export async function readXlsx(buffer: Buffer, filename: string, budget: ImportBudget): Promise<RawRecord[]> {
  try {
    const parts = readZipDirectory(buffer, budget);
    const layout = await readWorkbookLayout(buffer, parts, budget);
    const formats = layout.styles ? await readNumberFormats(buffer, layout.styles, budget) : [];
    const strings = layout.sharedStrings ? await readSharedStrings(buffer, layout.sharedStrings, budget) : [];
    return await readSheet(buffer, layout.sheet, { strings, formats, date1904: layout.date1904 }, budget);
  } catch (error) {
    throw error instanceof NotAZip ? new ImportFileRejected('MALFORMED_REQUEST', 'notWorkbook', { name: filename }) : error;
  }
}
