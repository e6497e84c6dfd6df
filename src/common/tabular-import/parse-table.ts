import { channel } from 'node:diagnostics_channel';
import { extname } from 'node:path';
import { IMPORT_LIMITS, type ImportLimits } from '../../config/limits.js';
import { findUnsafeCharacter } from '../text/unsafe-characters.js';
import { foldForSearch } from '../text/vietnamese.js';
import { type RawRecord, readCsv, type TextPiece } from './csv-records.js';
import { ImportBudget } from './import-budget.js';
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

/** Decoded a megabyte at a time, so that decoding 20 MB never holds the event loop for long. */
const DECODE_CHUNK_BYTES = 1024 * 1024;

/**
 * The text of a CSV, a megabyte at a time (never one 20-million-character string): UTF-8 with or
 * without a BOM; UTF-16 when Excel saved "Unicode text". Anything else is refused.
 */
async function* decodedText(file: UploadedFile, budget: ImportBudget): AsyncGenerator<TextPiece> {
  const utf16 = startsWith(file.buffer, UTF16LE_BOM);
  const body = file.buffer.subarray(utf16 ? 2 : startsWith(file.buffer, UTF8_BOM) ? 3 : 0);
  const decoder = utf16 ? new TextDecoder('utf-16le') : new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at <= body.length; at += DECODE_CHUNK_BYTES) {
    const final = at + DECODE_CHUNK_BYTES > body.length;
    let text: string;
    try {
      text = decoder.decode(body.subarray(at, at + DECODE_CHUNK_BYTES), { stream: !final });
    } catch {
      throw new ImportFileRejected('MALFORMED_REQUEST', 'notUtf8');
    }
    if (text.includes('\u0000')) {
      throw new ImportFileRejected('UNSUPPORTED_MEDIA_TYPE', 'unsupportedType', { name: file.filename });
    }
    yield { text, final };
    await budget.pause();
  }
}

/** A heading is a few words; a longer cell is not one (and folding 32,767 characters per cell, ten rows over, would be slow). */
const MAX_HEADING_CHARS = 200;

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
    const key = cell.length > MAX_HEADING_CHARS ? undefined : byHeading.get(headingKey(cell));
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
 * Publishes `{ phase: 'start' | 'end', filename }` around the reading of each file, for whoever
 * measures imports (and for the test that checks the service keeps answering meanwhile).
 */
export const tableParsing = channel('commendation-tracker:table-parse');

async function readRecords(file: UploadedFile, budget: ImportBudget): Promise<RawRecord[]> {
  tableParsing.publish({ phase: 'start', filename: file.filename });
  try {
    return formatOf(file) === 'xlsx'
      ? await readXlsx(file.buffer, file.filename, budget)
      : await readCsv(decodedText(file, budget), budget);
  } finally {
    tableParsing.publish({ phase: 'end', filename: file.filename });
  }
}

/**
 * Turns an uploaded CSV or XLSX into rows keyed by column. The heading row is the one (among the
 * first rows) that names the most known columns; unknown columns are ignored, empty rows skipped,
 * and every row keeps the file's own line number so people can find it.
 *
 * What reading may cost is bounded by `limits` (rows, columns, cell size, blank lines, inflated
 * size, time: src/config/limits.ts), checked as the file is read; a file past one is refused with
 * `ImportLimitExceeded`, naming it. Reading gives way to other requests every few milliseconds.
 */
export async function parseTable<K extends string>(
  file: UploadedFile,
  columns: readonly ColumnSpec<K>[],
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<ParsedTable<K>> {
  const budget = new ImportBudget(limits);
  // The readers keep only records with text: blank lines are counted and skipped as they are read.
  const records = await readRecords(file, budget);

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

  const rows: Array<TableRow<K>> = [];
  // Held to the same characters as every text field of the API and the pages (unsafe-characters.ts), line by line;
  // a cell may hold line breaks and tabs (Alt+Enter in Excel, a quoted CSV cell), which the importers fold to spaces.
  const unsafe: ImportProblem[] = [];
  for (const record of records) {
    if (record.line <= heading.line) {
      continue;
    }
    const cells: Partial<Record<K, string>> = {};
    let hasText = false;
    for (const [key, index] of heading.found) {
      const cell = record.cells[index] ?? '';
      cells[key] = cell;
      hasText ||= cell.trim() !== '';
      const found = findUnsafeCharacter(cell, true);
      if (found !== null) {
        unsafe.push({ line: record.line, field: key, key: 'unsafeCharacter', params: { ...found } });
      }
    }
    if (hasText) {
      rows.push({ line: record.line, cells });
    }
    await budget.pause();
  }
  if (unsafe.length > 0) {
    throw new ImportInvalid(unsafe);
  }
  return { headingLine: heading.line, columns: new Set(heading.found.keys()), rows };
}
