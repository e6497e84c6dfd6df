import { DomainError, type KeyedDetail } from '../../common/errors/domain-error.js';
import { detailMessage } from '../../common/errors/error-messages.js';
import type { Messages } from '../../i18n/vi.js';
import { type Locale } from '../../kernel/index.js';

/** Names a message in `campaigns.importErrors` of the translation files. */
export type RegistrationProblemKey = keyof Messages['campaigns']['importErrors'];

/** One problem with one line of an imported registration file (the same shape as the other imports'). */
export interface RegistrationProblem {
  line: number;
  field?: string;
  key: RegistrationProblemKey;
  params?: Record<string, string | number>;
}

const toDetail = (problem: RegistrationProblem): KeyedDetail => ({
  line: problem.line,
  ...(problem.field === undefined ? {} : { field: problem.field }),
  constraint: problem.key,
  key: `campaigns.importErrors.${problem.key}`,
  ...(problem.params === undefined ? {} : { params: problem.params }),
});

/** A problem's text in the reader's language, for the import page. */
export const registrationProblemMessage = (locale: Locale, problem: RegistrationProblem): string =>
  detailMessage(toDetail(problem), locale);

/** Some rows are wrong: the whole file is refused and nothing is written (422 IMPORT_INVALID), every line named. */
export class RegistrationImportInvalid extends DomainError {
  readonly problems: RegistrationProblem[];

  constructor(problems: RegistrationProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    super('IMPORT_INVALID', `The file has ${sorted.length} problem(s); nothing was written`, sorted.map(toDetail));
    this.problems = sorted;
  }
}
