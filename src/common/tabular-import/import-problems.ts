import { DomainError, type KeyedDetail } from '../errors/domain-error.js';
import { detailMessage, errorMessage } from '../errors/error-messages.js';
import { type MessageKey, translate } from '../../i18n/translate.js';
import type { Messages } from '../../i18n/vi.js';
import { type Locale } from '../../kernel/index.js';

/** Names a message in `import.errors` of the translation files. */
export type ImportProblemKey = keyof Messages['import']['errors'];
/** Names a message in `import.fileErrors` of the translation files. */
export type FileRejectionReason = keyof Messages['import']['fileErrors'];
type Params = Record<string, string | number>;

/** One problem with one line of an imported file. */
export interface ImportProblem {
  /** The file's own line (CSV) or row (Excel) number; the heading row is normally 1. */
  line: number;
  /** The column's API name; absent when the problem is not about one column. */
  field?: string;
  key: ImportProblemKey;
  params?: Params;
}

/**
 * One catalogue for every message: the API and the pages show the text of a problem's key in the
 * reader's language. The key also travels as the detail's `constraint`.
 */
const toDetail = (problem: ImportProblem): KeyedDetail => ({
  line: problem.line,
  ...(problem.field === undefined ? {} : { field: problem.field }),
  constraint: problem.key,
  key: `import.errors.${problem.key}`,
  ...(problem.params === undefined ? {} : { params: problem.params }),
});

/** A problem's text in the reader's language, for the import pages. */
export const problemMessage = (locale: Locale, problem: ImportProblem): string => detailMessage(toDetail(problem), locale);

const byLine = (a: ImportProblem, b: ImportProblem): number => a.line - b.line;

/** Some rows are wrong: the whole file is refused and nothing is written (422 IMPORT_INVALID). */
export class ImportInvalid extends DomainError {
  readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    const sorted = [...problems].sort(byLine);
    super('IMPORT_INVALID', `The file has ${sorted.length} problem(s); nothing was written`, sorted.map(toDetail));
    this.problems = sorted;
  }
}

/** Numbers as the reader writes them ("20.000" in Vietnamese, "20,000" in English). */
function localised(locale: Locale, params: Params): Params {
  const numbers = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]),
  );
}

/** The English text, for the logs and the API's `message`. */
const englishText = (reason: FileRejectionReason, params: Params): string =>
  translate('en', `import.fileErrors.${reason}`, localised('en', params));

type FileRejectionCode = 'MALFORMED_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'UNPROCESSABLE';

/**
 * The upload itself cannot be read as a table (wrong type, damaged, too large, not UTF-8…). Its code
 * is the request's (415, 400, 413, 422); the reader is told the precise reason (`import.fileErrors`),
 * with the numbers of a bound written as they read them.
 */
export class ImportFileRejected extends DomainError {
  constructor(
    code: FileRejectionCode,
    readonly reason: FileRejectionReason,
    readonly reasonParams: Params = {},
    details?: KeyedDetail[],
  ) {
    super(code, englishText(reason, reasonParams), details, { reason, ...reasonParams });
  }

  override messageKey(): MessageKey {
    return `import.fileErrors.${this.reason}`;
  }

  override messageParams(locale: Locale): Params {
    return localised(locale, this.reasonParams);
  }

  messageIn(locale: Locale): string {
    return errorMessage(this, locale);
  }
}

/**
 * The file is beyond one of the bounds of `IMPORT_LIMITS` (rows, columns, a cell, blank lines,
 * inflated size, parts, time): refused as soon as the bound is passed, naming it. The detail's
 * `constraint` is the reason, for clients that act on it; `line` is the file's line where known.
 */
export class ImportLimitExceeded extends ImportFileRejected {
  constructor(reason: FileRejectionReason, params: Params, code: FileRejectionCode = 'PAYLOAD_TOO_LARGE') {
    const line = typeof params.line === 'number' ? { line: params.line } : {};
    super(code, reason, params, [{ field: 'file', ...line, constraint: reason, message: englishText(reason, params) }]);
  }
}

/** A file with every row wrong would make a page nobody reads: the first ones are enough to start. */
export const SHOWN_PROBLEMS = 500;
