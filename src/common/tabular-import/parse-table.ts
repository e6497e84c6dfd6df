import { extname } from 'node:path';
import { foldForSearch } from '../text/vietnamese.js';
import { type RawRecord, readCsv } from './csv-records.js';
import { ImportFileRejected, ImportInvalid, type ImportProblem } from './import-problems.js';
import { readXlsx } from './xlsx-records.js';

/** A column an import understands: its API name and the headings people give it. */
export interface ColumnSpec<K extends string> {
  key: K;
  /** Headings that name this column, the first one being the template's. Matched by `headingKey`. */
  headings: readonly string[];
  required: boolean;
}

/** An uploaded file, read whole (the upload limit keeps it small). */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  buffer: Buffer;
}

/** A data row: the cells of the columns the file has (absent columns are absent here too). */
export interface TableRow<K extends string> {
  line: number;
  cells: Partial<Record<K, string>>;
}

export interface ParsedTable<K extends string> {
  headingLine: number;
  /** The columns the file has; an optional column may be missing. */
  columns: ReadonlySet<K>;
  rows: Array<TableRow<K>>;
}

/** A title row ("DANH SÁCH CÁN BỘ…") may sit above the headings: look that far for them. */
const HEADING_SEARCH_ROWS = 10;

/** "Họ và tên (*)", "ho_va_ten", "HỌ VÀ TÊN" → "hovaten": no case, diacritics, notes in brackets or punctuation. */
export const headingKey = (text: string): string =>
  foldForSearch(text)
    .replace(/\([^)]*\)/gu, '')
    .replace(/[^a-z0-9]/gu, '');

const startsWith = (buffer: Buffer, bytes: number[]): boolean => bytes.every((byte, i) => buffer[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];

type TableFormat = 'csv' | 'xlsx';

/** By name first, then by content: an .xlsx is a zip, and a renamed workbook is still a workbook. */
function formatOf(file: UploadedFile): TableFormat {
  const extension = extname(file.filename).toLowerCase();
  if (extension === '.xls' || startsWith(file.buffer, OLE2)) {
    throw new ImportFileRejected('UNSUPPORTED_MEDIA_TYPE', 'legacyXls');
  }
  if (extension === '.xlsx') {
    return 'xlsx';
  }
  if (extension === '' || extension === '.csv' || extension === '.txt') {
    return startsWith(file.buffer, ZIP) ? 'xlsx' : 'csv';
  }
  throw new ImportFileRejected('UNSUPPORTED_MEDIA_TYPE', 'unsupportedType', { name: file.filename });
}

/** UTF-8 with or without a BOM; UTF-16 when Excel saved "Unicode text". Anything else is refused. */
function decodeText(file: UploadedFile): string {
  let text: string;
  if (startsWith(file.buffer, UTF16LE_BOM)) {
    text = new TextDecoder('utf-16le').decode(file.buffer.subarray(2));
  } else {
    const body = startsWith(file.buffer, UTF8_BOM) ? file.buffer.subarray(3) : file.buffer;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw new ImportFileRejected('MALFORMED_REQUEST', 'notUtf8');
    }
  }
  if (text.includes('\u0000')) {
    throw new ImportFileRejected('UNSUPPORTED_MEDIA_TYPE', 'unsupportedType', { name: file.filename });
  }
  return text;
}

/** Column index of each recognised heading in a row, with the problems of the row as a heading row. */
function matchHeadings<K extends string>(record: RawRecord, columns: readonly ColumnSpec<K>[]) {
  const byHeading = new Map<string, K>();
  for (const column of columns) {
    for (const heading of [column.key, ...column.headings]) {
      byHeading.set(headingKey(heading), column.key);
    }
  }
  const found = new Map<K, number>();
  const problems: ImportProblem[] = [];
  record.cells.forEach((cell, index) => {
    const key = byHeading.get(headingKey(cell));
    if (key === undefined) {
      return;
    }
    if (found.has(key)) {
      problems.push({ line: record.line, field: key, key: 'duplicateColumn', params: { header: cell.trim() } });
    } else {
      found.set(key, index);
    }
  });
  return { found, problems };
}

/**
 * Turns an uploaded CSV or XLSX into rows keyed by column. The heading row is the one (among the
 * first rows) that names the most known columns; unknown columns are ignored, empty rows skipped,
 * and every row keeps the file's own line number so people can find it.
 */
export async function parseTable<K extends string>(file: UploadedFile, columns: readonly ColumnSpec<K>[]): Promise<ParsedTable<K>> {
  const raw = formatOf(file) === 'xlsx' ? await readXlsx(file.buffer, file.filename) : readCsv(decodeText(file));
  const records = raw.filter((record) => record.cells.some((cell) => cell.trim() !== ''));

  let heading = { line: records[0]?.line ?? 1, ...matchHeadings(records[0] ?? { line: 1, cells: [] }, columns) };
  for (const record of records.slice(1, HEADING_SEARCH_ROWS)) {
    const candidate = matchHeadings(record, columns);
    if (candidate.found.size > heading.found.size) {
      heading = { line: record.line, ...candidate };
    }
  }
  const missing: ImportProblem[] = columns
    .filter((column) => column.required && !heading.found.has(column.key))
    .map((column) => ({ line: heading.line, field: column.key, key: 'missingColumn', params: { header: column.headings[0] } }));
  if (heading.problems.length > 0 || missing.length > 0) {
    throw new ImportInvalid([...heading.problems, ...missing]);
  }

  const rows = records
    .filter((record) => record.line > heading.line)
    .map((record) => {
      const cells: Partial<Record<K, string>> = {};
      for (const [key, index] of heading.found) {
        cells[key] = record.cells[index] ?? '';
      }
      return { line: record.line, cells };
    })
    .filter((row) => Object.values<string | undefined>(row.cells).some((cell) => cell !== undefined && cell.trim() !== ''));
  return { headingLine: heading.line, columns: new Set(heading.found.keys()), rows };
}
