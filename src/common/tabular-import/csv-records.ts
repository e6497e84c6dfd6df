import { ImportInvalid } from './import-problems.js';

/** One record of a table file, before headings mean anything: its first line and its cells. */
export interface RawRecord {
  line: number;
  cells: string[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the heading line: a comma normally, but Excel with Vietnamese regional settings
 * saves CSV with semicolons, and "Unicode text" with tabs. Counted outside quotes; ties go to comma.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
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

/** Index of the next delimiter or line break at or after `from`, or the text's length. */
function cellEnd(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === delimiter || ch === '\n' || ch === '\r') {
      return i;
    }
  }
  return text.length;
}

/**
 * RFC 4180 records with the line each starts on (a quoted cell may hold commas, quotes written
 * twice, and line breaks, so a record can span lines). Lenient where people's files are: a quote
 * inside an unquoted cell is kept as written, text after a closing quote is appended. A quote
 * that never closes would swallow the rest of the file, so it is refused with its line.
 */
export function readCsv(text: string): RawRecord[] {
  const delimiter = detectDelimiter(text);
  const records: RawRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const record: RawRecord = { line, cells: [] };
    for (;;) {
      let cell: string;
      if (text[i] === '"') {
        cell = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) {
            throw new ImportInvalid([{ line, key: 'unclosedQuote' }]);
          }
          cell += text.slice(from, quote);
          if (text[quote + 1] === '"') {
            cell += '"';
            from = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        line += countLineBreaks(cell);
        const end = cellEnd(text, i, delimiter);
        cell += text.slice(i, end);
        i = end;
      } else {
        const end = cellEnd(text, i, delimiter);
        cell = text.slice(i, end);
        i = end;
      }
      record.cells.push(cell);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (text[i] === '\r') {
        i++;
      }
      if (text[i] === '\n') {
        i++;
      }
      line++;
      break;
    }
    records.push(record);
  }
  return records;
}
