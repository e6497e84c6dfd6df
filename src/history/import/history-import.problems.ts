import { DomainError, type KeyedDetail } from '../../common/errors/domain-error.js';
import { detailMessage } from '../../common/errors/error-messages.js';
import type { Messages } from '../../i18n/vi.js';
import { type Locale } from '../../kernel/index.js';

/** Names a message in `history.importErrors` of the translation files. */
export type HistoryProblemKey = keyof Messages['history']['importErrors'];

/** One problem with one line of an imported history file (same shape as the staff import's). */
export interface HistoryImportProblem {
  line: number;
  field?: string;
  key: HistoryProblemKey;
  params?: Record<string, string | number>;
}

const toDetail = (problem: HistoryImportProblem): KeyedDetail => ({
  line: problem.line,
  ...(problem.field === undefined ? {} : { field: problem.field }),
  constraint: problem.key,
  key: `history.importErrors.${problem.key}`,
  ...(problem.params === undefined ? {} : { params: problem.params }),
});

/** A problem's text in the reader's language, for the import pages. */
export const historyProblemMessage = (locale: Locale, problem: HistoryImportProblem): string => detailMessage(toDetail(problem), locale);

/**
 * Some rows are wrong: the whole file is refused and nothing is written (422 IMPORT_INVALID).
 * Details are `{line, field, constraint: key, message}`, worded in the reader's language, as in the staff import.
 */
export class HistoryImportInvalid extends DomainError {
  readonly problems: HistoryImportProblem[];

  constructor(problems: HistoryImportProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    super('IMPORT_INVALID', `The file has ${sorted.length} problem(s); nothing was written`, sorted.map(toDetail));
    this.problems = sorted;
  }
}
