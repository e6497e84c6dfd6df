/** What one request may cost: a JSON or form body, an uploaded file. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The request line and headers together (Node's default, stated): beyond it, 431. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** One path parameter (an id, a code): beyond it, 414. */
export const MAX_PARAM_LENGTH = 200;
/**
 * Nesting of a JSON body (objects and arrays inside each other). Our deepest DTO is three levels;
 * class-transformer and class-validator recurse once per level, and 100,000 levels overflow the
 * stack. Counted on the raw bytes before anything is parsed.
 */
export const MAX_JSON_DEPTH = 32;

const MB = 1024 * 1024;

/**
 * What reading one imported table (CSV or XLSX) may cost. A file passes the upload limit in bytes
 * and can still cost far more once read: 19 MB of empty lines is 19 million records, a 4 MB
 * workbook can inflate to gigabytes. Each bound is checked while the file is read, so a hostile
 * file is refused before it has cost more than the bound; the refusal names the bound.
 */
export const IMPORT_LIMITS = {
  /**
   * Data rows of one file (the heading row is not counted; a title row above it is). Checking a
   * row costs about 25 µs here, and every row is written in one transaction that holds the
   * embedded database's single connection: 20,000 rows keep an import within seconds. That is the
   * staff of a large department or one year's appraisals of a province's library sector; bigger
   * registers are imported in several files.
   */
  rows: 20_000,
  /** Cells per row. Our widest import has 10 columns; 200 leaves room for the STT, notes and whatever else an office keeps beside them. */
  columns: 200,
  /** Characters in one cell: Excel's own limit (32,767), so nothing an Excel user typed is refused. */
  cellChars: 32_767,
  /**
   * Rows with no text, skipped. A sheet formatted far below its table exports thousands of them;
   * more than this is not a table (19 MB of line breaks is 19 million of them).
   */
  blankLines: 10_000,
  /** Parts of an XLSX (a zip): a workbook has about a dozen, a few hundred with many sheets and pictures. */
  zipEntries: 1_000,
  /**
   * Inflated bytes of any one part, read from the zip's directory before anything is inflated and
   * enforced again while inflating (the directory can lie). A sheet of 20,000 rows by 30 filled
   * columns is about 25 MB of XML.
   */
  zipEntryBytes: 50 * MB,
  /** Inflated bytes of all the parts together: the sheet, its shared strings, styles and the rest. */
  zipTotalBytes: 100 * MB,
  /**
   * Time spent reading one file, not counting the time given to other requests in between. The
   * largest legal file reads in one or two seconds; a file that needs more is hostile or broken.
   */
  parseMs: 15_000,
} as const;

export type ImportLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };

/**
 * Longest stretch a reader works before letting other requests run (the event loop): `/health`
 * and every other request keep answering within about this long while a big file is read.
 */
export const IMPORT_SLICE_MS = 10;
