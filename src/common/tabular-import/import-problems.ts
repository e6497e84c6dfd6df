import { DomainError } from '../errors/domain-error.js';
import type { ErrorDetail } from '../errors/error-codes.js';
import { translate } from '../../i18n/translate.js';
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
 * One catalogue for every message: the API sends the English text of a problem's key, pages show
 * the text of the same key in their language. The key travels as the detail's `constraint`.
 */
export const problemMessage = (locale: Locale, problem: ImportProblem): string =>
  translate(locale, `import.errors.${problem.key}`, problem.params);

const toDetail = (problem: ImportProblem): ErrorDetail => ({
  line: problem.line,
  ...(problem.field === undefined ? {} : { field: problem.field }),
  constraint: problem.key,
  message: problemMessage('en', problem),
});

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

/** The upload itself cannot be read as a table (wrong type, damaged, too large, not UTF-8…). */
export class ImportFileRejected extends DomainError {
  constructor(
    code: 'MALFORMED_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE',
    readonly reason: FileRejectionReason,
    readonly reasonParams: Params = {},
  ) {
    super(code, translate('en', `import.fileErrors.${reason}`, reasonParams), undefined, { reason, ...reasonParams });
  }

  messageIn(locale: Locale): string {
    return translate(locale, `import.fileErrors.${this.reason}`, this.reasonParams);
  }
}

/** A file with every row wrong would make a page nobody reads: the first ones are enough to start. */
export const SHOWN_PROBLEMS = 500;
