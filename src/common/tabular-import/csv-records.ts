import type { ImportBudget } from './import-budget.js';
import { ImportInvalid } from './import-problems.js';

/** One record of a table file, before headings mean anything: its first line and its cells. */
export interface RawRecord {
  line: number;
  cells: string[];
}

const DELIMITERS = [',', ';', '\t'] as const;
/** A heading line is a few kilobytes; a file whose first line never ends is not scanned to its end. */
const DELIMITER_SCAN_CHARS = 65_536;

/**
 * The delimiter of the heading line: a comma normally, but Excel with Vietnamese regional settings
 * saves CSV with semicolons, and "Unicode text" with tabs. Counted outside quotes; ties go to comma.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text.slice(0, DELIMITER_SCAN_CHARS)) {
    if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === '\n' || ch === '\r')) {
      break;
    } else if (!quoted && counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
    }
  }
  let best = ',';
  for (const [delimiter, count] of counts) {
    if (count > counts.get(best)!) {
      best = delimiter;
    }
  }
  return best;
}

const countLineBreaks = (text: string): number => text.match(/\r\n|\r|\n/gu)?.length ?? 0;

/** The file's delimiter, and a search for where an unquoted cell ends (native, not a loop over characters). */
interface Dialect {
  delimiter: string;
  cellEnds: RegExp;
}

const dialectOf = (delimiter: string): Dialect => ({ delimiter, cellEnds: new RegExp(`[${delimiter}\\r\\n]`, 'g') });

/** Index of the next delimiter or line break at or after `from`, or the text's length; never past `limit`. */
function cellEnd(text: string, from: number, ends: RegExp, limit: number): number {
  ends.lastIndex = from;
  const found = ends.exec(text);
  return Math.min(found ? found.index : text.length, limit, text.length);
}

/** A piece of the decoded file; `final` on the last one. */
export interface TextPiece {
  text: string;
  final: boolean;
}

interface ParsedRecord {
  cells: string[];
  /** Where the next record starts. */
  next: number;
  /** Line breaks the record spans, its own ending included. */
  lineBreaks: number;
}

/**
 * The record starting at `at`, or null when it runs past the end of `text` and more text is to
 * come (the caller keeps the rest for the next piece). Cells are checked against the limits as
 * they are read, so a cell that never ends is refused at the limit, not at the end of the file.
 */
function parseRecord(text: string, at: number, dialect: Dialect, final: boolean, budget: ImportBudget, line: number): ParsedRecord | null {
  const { delimiter, cellEnds } = dialect;
  const maxCell = budget.limits.cellChars;
  const cells: string[] = [];
  let lineBreaks = 0;
  let i = at;
  for (;;) {
    let cell: string;
    if (text[i] === '"') {
      cell = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          budget.cell(cell.length + text.length - from, line);
          if (!final) {
            return null;
          }
          throw new ImportInvalid([{ line: line + lineBreaks, key: 'unclosedQuote' }]);
        }
        if (quote + 1 === text.length && !final) {
          return null; // a closing quote, or the first of two: the next piece tells
        }
        cell += text.slice(from, quote);
        budget.cell(cell.length, line);
        if (text[quote + 1] === '"') {
          cell += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      lineBreaks += countLineBreaks(cell);
      const end = cellEnd(text, i, cellEnds, i + maxCell + 1);
      cell += text.slice(i, end);
      i = end;
    } else {
      const end = cellEnd(text, i, cellEnds, i + maxCell + 1);
      cell = text.slice(i, end);
      i = end;
    }
    budget.cell(cell.length, line);
    if (i === text.length && !final) {
      return null;
    }
    cells.push(cell);
    budget.column(cells.length, line);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (text[i] === '\r') {
      i++;
      if (i === text.length && !final) {
        return null; // a CR line end, or the first half of CRLF
      }
    }
    if (text[i] === '\n') {
      i++;
    }
    return { cells, next: i, lineBreaks: lineBreaks + 1 };
  }
}

/**
 * RFC 4180 records with the line each starts on (a quoted cell may hold commas, quotes written
 * twice, and line breaks, so a record can span lines). Lenient where people's files are: a quote
 * inside an unquoted cell is kept as written, text after a closing quote is appended. A quote
 * that never closes would swallow the rest of the file, so it is refused with its line.
 *
 * The text comes in pieces as it is decoded, so the file is never one 20-million-character string;
 * a record cut by the end of a piece is read again with the next. Blank records are counted and
 * skipped; every cell and row is reported to the budget, which refuses the file as soon as it
 * passes a limit and lets other requests run between records.
 */
export async function readCsv(pieces: AsyncIterable<TextPiece>, budget: ImportBudget): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  let dialect: Dialect | undefined;
  let rest = '';
  let line = 1;
  for await (const piece of pieces) {
    const text = rest + piece.text;
    if (dialect === undefined && !piece.final && text.length < DELIMITER_SCAN_CHARS && !/[\r\n]/u.test(text)) {
      rest = text; // the heading line is not all here yet, and it decides the delimiter
      continue;
    }
    dialect ??= dialectOf(detectDelimiter(text));
    let at = 0;
    while (at < text.length) {
      const record = parseRecord(text, at, dialect, piece.final, budget, line);
      if (!record) {
        break;
      }
      if (budget.keep(record.cells)) {
        records.push({ line, cells: record.cells });
      }
      line += record.lineBreaks;
      at = record.next;
      await budget.pause();
    }
    rest = text.slice(at);
  }
  return records;
}
